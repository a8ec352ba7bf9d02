# Wrong: a second call of unsubscribe raises KeyError instead of doing nothing.
class EventBus:
    def __init__(self):
        self._handlers = {}

    def subscribe(self, event, handler):
        token = object()
        self._handlers.setdefault(event, {})[token] = handler

        def unsubscribe():
            del self._handlers[event][token]

        return unsubscribe

    def publish(self, event, *args, **kwargs):
        handlers = list(self._handlers.get(event, {}).values())
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
