"""Exception types raised by :mod:`analysis`, and one helper that words value errors alike."""

from __future__ import annotations

from collections.abc import Iterable

SETUP_COMMAND = "python -m analysis setup"


class MissingResourceError(LookupError):
    """An NLTK data package the package needs is not installed.

    The message names the resource and the one command that installs it.
    """

    def __init__(self, resource: str, *, searched: Iterable[str] = ()) -> None:
        self.resource = resource
        where = ", ".join(searched) or "NLTK's search path"
        super().__init__(
            f"NLTK resource {resource!r} is missing (searched {where}). "
            f"Install it with `{SETUP_COMMAND}` on a connected machine, "
            "or point NLTK_DATA at a folder that holds it."
        )


class InputError(ValueError):
    """The input cannot be read as a news article (binary, HTML, undecodable)."""


def check_choice(name: str, value: object, allowed: Iterable[object]) -> None:
    """Raise ``ValueError`` naming the parameter, the allowed values and the value received.

    Examples
    --------
    >>> check_choice("kind", "speech", ("speech", "partial"))
    >>> check_choice("kind", "x", ("speech", "partial"))
    Traceback (most recent call last):
    ...
    ValueError: `kind` must be one of ['speech', 'partial'], not 'x'
    """
    allowed = list(allowed)
    if value not in allowed:
        raise ValueError(f"`{name}` must be one of {allowed!r}, not {value!r}")
