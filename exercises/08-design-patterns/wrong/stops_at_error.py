# Wrong: a handler's exception stops the round, so the remaining handlers are not called.
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
        for handler in handlers:
            handler(*args, **kwargs)
        return len(handlers)
