# Wrong: iterates over the live handler list, so changes made during publish skip or add handlers.
class EventBus:
    def __init__(self):
        self._handlers = {}

    def subscribe(self, event, handler):
        entry = [handler]
        self._handlers.setdefault(event, []).append(entry)

        def unsubscribe():
            entries = self._handlers.get(event, [])
            for i, e in enumerate(entries):
                if e is entry:
                    del entries[i]
                    return

        return unsubscribe

    def publish(self, event, *args, **kwargs):
        count = 0
        first_error = None
        for (handler,) in self._handlers.get(event, []):
            count += 1
            try:
                handler(*args, **kwargs)
            except Exception as exc:
                if first_error is None:
                    first_error = exc
        if first_error is not None:
            raise first_error
        return count
