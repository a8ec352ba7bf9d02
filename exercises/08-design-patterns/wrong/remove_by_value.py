# Wrong: unsubscribe removes the first equal handler, so it can remove another subscription of it.
class EventBus:
    def __init__(self):
        self._handlers = {}

    def subscribe(self, event, handler):
        self._handlers.setdefault(event, []).append(handler)

        def unsubscribe():
            try:
                self._handlers[event].remove(handler)
            except ValueError:
                pass  # already unsubscribed

        return unsubscribe

    def publish(self, event, *args, **kwargs):
        handlers = list(self._handlers.get(event, []))
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
