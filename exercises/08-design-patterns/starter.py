class EventBus:
    """Publish/subscribe: handlers subscribe to named events and are called on publish."""

    def __init__(self):
        pass

    def subscribe(self, event, handler):
        """Register `handler` for `event`; return a function that unsubscribes it.

        Calling the returned function a second time does nothing.
        """
        raise NotImplementedError

    def publish(self, event, *args, **kwargs):
        """Call the handlers subscribed to `event` when publish starts, in order, with
        the given arguments; return how many were called.

        If handlers raise, all still run and the first exception is re-raised.
        """
        raise NotImplementedError
