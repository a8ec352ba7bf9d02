# Wrong: skips a handler of the round that an earlier handler unsubscribed during the same publish.
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
        live = self._handlers.get(event, {})
        called = 0
        first_error = None
        for token in list(live):
            if token not in live:
                continue  # unsubscribed meanwhile
            called += 1
            try:
                live[token](*args, **kwargs)
            except Exception as exc:
                if first_error is None:
                    first_error = exc
        if first_error is not None:
            raise first_error
        return called
