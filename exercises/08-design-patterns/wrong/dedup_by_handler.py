# Wrong: keys subscriptions by handler, so a handler subscribed twice is called only once.
class EventBus:
    def __init__(self):
        self._handlers = {}

    def subscribe(self, event, handler):
        self._handlers.setdefault(event, {})[handler] = True

        def unsubscribe():
            self._handlers.get(event, {}).pop(handler, None)

        return unsubscribe

    def publish(self, event, *args, **kwargs):
        handlers = list(self._handlers.get(event, {}))
        first_error = None
        for handler in handlers:
            try:
                handler(*args, **kwargs)
            except Exception as exc:
                if first_error is None:
                    first_error = exc
        if first_error is not None:
            raise first_error
        return len(handlers)
