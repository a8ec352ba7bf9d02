# Wrong: unsubscribe deletes by the position saved at subscribe time, which shifts after earlier removals.
class EventBus:
    def __init__(self):
        self._subs = {}

    def subscribe(self, event, handler):
        handlers = self._subs.setdefault(event, [])
        index = len(handlers)
        handlers.append(handler)
        done = False

        def unsubscribe():
            nonlocal done
            if done:
                return
            done = True
            if index < len(handlers):
                del handlers[index]
        return unsubscribe

    def publish(self, event, *args, **kwargs):
        round_ = list(self._subs.get(event, ()))
        err = None
        for h in round_:
            try:
                h(*args, **kwargs)
            except Exception as e:
                if err is None:
                    err = e
        if err is not None:
            raise err
        return len(round_)
