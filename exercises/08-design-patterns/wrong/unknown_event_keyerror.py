# Wrong: publishing an event that has no subscribers raises KeyError instead of returning 0.
class EventBus:
    def __init__(self):
        self._handlers = {}

    def subscribe(self, event, handler):
        token = object()
        self._handlers.setdefault(event, {})[token] = handler

        def unsubscribe():
            self._handlers[event].pop(token, None)

        return unsubscribe

    def publish(self, event, *args, **kwargs):
        handlers = list(self._handlers[event].values())
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
