class Refused(Exception):
    """A domain rule said no. The message is shown to the user as it is, so write it for them."""

    def __init__(self, message: str, status: int = 403):
        super().__init__(message)
        self.message = message
        self.status = status
