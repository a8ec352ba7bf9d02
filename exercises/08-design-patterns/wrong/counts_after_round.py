# Wrong: returns how many handlers are subscribed after the round, not how many it called.
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
        first_error = None
        for handler in list(self._handlers.get(event, {}).values()):
            try:
                handler(*args, **kwargs)
            except Exception as exc:
                if first_error is None:
                    first_error = exc
        if first_error is not None:
            raise first_error
        return len(self._handlers.get(event, {}))
