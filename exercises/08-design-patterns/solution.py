class EventBus:
    """Publish/subscribe: handlers subscribe to named events and are called on publish.

    Each subscription is keyed by its own token, so the same handler can be subscribed
    more than once and each unsubscribe removes exactly its own subscription.
    """

    def __init__(self):
        self._subscriptions = {}  # event -> {token: handler}, in subscription order

    def subscribe(self, event, handler):
        token = object()
        self._subscriptions.setdefault(event, {})[token] = handler

        def unsubscribe():
            self._subscriptions.get(event, {}).pop(token, None)

        return unsubscribe

    def publish(self, event, *args, **kwargs):
        # The round is a snapshot: changes made by handlers apply from the next publish.
        handlers = list(self._subscriptions.get(event, {}).values())
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
