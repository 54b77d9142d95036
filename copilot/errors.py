"""Errors a user can cause. Their message says what to do; the UI and CLI show it and keep running."""


class UserError(ValueError):
    """A problem with the user's input (file, column, question), not a bug.

    `hint` is an optional short suggestion (e.g. the closest column names) that the
    UI may show separately; it is also part of `str(error)`.
    """

    def __init__(self, message: str, hint: str | None = None):
        self.message = message
        self.hint = hint
        super().__init__(message if not hint else f"{message} {hint}")
