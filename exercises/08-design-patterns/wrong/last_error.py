# Wrong: re-raises the last exception of the round instead of the first one.
class EventBus:
    def __init__(self):
        self._handlers = {}

    def subscribe(self, event, handler):
        token = object()
        self._handlers.setdefault(event, {})[token] = handler

        def unsubscribe():
            self._handlers.get(event, {}).pop(token, None)

        return unsubscribe

    def publish(self, event, *args, **kwargs):
        handlers = list(self._handlers.get(event, {}).values())
        error = None
        for handler in handlers:
            try:
                handler(*args, **kwargs)
            except Exception as exc:
                error = exc
        if error is not None:
            raise error
        return len(handlers)
