"""The parameters a notebook declares, and the values a report may give them.

A notebook's cell tagged ``parameters`` declares each parameter with a type and a default
(``top_n: int = 10``, ``start: "date | None" = None``, ``lang: "en | zh" = "en"``). A report
may only set declared names, and only to a literal of the declared type: papermill writes
the injected cell from these checked values, so no name or value from a command line or a
``reports.toml`` can become code. Names that look like credentials are refused as well.
"""
from __future__ import annotations

import ast
import difflib
import keyword
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

TYPE_NAMES = {"str", "int", "float", "bool", "None", "date", "list[str]"}
# Words that, as a whole part of a name (api_key, authToken, session_id, private_pem), mean a credential.
SECRET_TOKENS = {"token", "secret", "password", "passwd", "pwd", "passphrase", "key", "apikey", "credential",
                 "credentials", "auth", "authorization", "bearer", "cookie", "cookies", "session", "pat", "pem",
                 "private", "signature", "sign"}


class ParamError(ValueError):
    """A parameter the notebook does not declare, or a value it cannot take."""


@dataclass(frozen=True)
class Parameter:
    name: str
    kinds: tuple[str, ...]      # type names, or literal choices ("en", "zh")
    default: Any

    @property
    def shown(self) -> str:
        return " | ".join(self.kinds)


def looks_like_secret(name: str) -> bool:
    """Whether a parameter name carries a credential, judged by its parts, not its letters
    (``api_key`` and ``sessionId`` do; ``monkey`` and ``keyword_filter`` do not)."""
    parts = re.split(r"[^a-z0-9]+", re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name).lower())
    return any(part in SECRET_TOKENS for part in parts)


@lru_cache(maxsize=32)
def _declared(path: str, mtime: float) -> dict[str, Parameter]:
    import nbformat  # here, not at import: the CLI starts its workers before loading the notebook stack

    nb = nbformat.read(path, as_version=4)
    cell = next((c for c in nb.cells if "parameters" in c.get("metadata", {}).get("tags", [])), None)
    if cell is None:
        return {}
    out = {}
    for node in ast.parse(cell.source).body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            annotation = node.annotation.value if isinstance(node.annotation, ast.Constant) else ast.unparse(node.annotation)
            kinds = tuple(k.strip() for k in str(annotation).split("|"))
            out[node.target.id] = Parameter(node.target.id, kinds, ast.literal_eval(node.value) if node.value else None)
        elif isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            value = ast.literal_eval(node.value)
            kind = "None" if value is None else type(value).__name__
            out[node.targets[0].id] = Parameter(node.targets[0].id, (kind,), value)
    return out


def declared(notebook: str | Path) -> dict[str, Parameter]:
    """The notebook's parameters by name, from its ``parameters`` cell."""
    path = Path(notebook)
    return _declared(str(path.resolve()), path.stat().st_mtime)


def _convert(parameter: Parameter, value: Any) -> Any:
    """``value`` as the declared type, or :class:`ParamError` saying what was expected."""
    kinds = parameter.kinds
    types = [k for k in kinds if k in TYPE_NAMES]
    choices = [k for k in kinds if k not in TYPE_NAMES]
    if value is None or (isinstance(value, str) and value.strip().lower() in ("none", "null") and "None" in kinds):
        if "None" in kinds:
            return None
    elif isinstance(value, str) and value in choices:
        return value
    elif isinstance(value, bool):
        if "bool" in types:
            return value
    elif isinstance(value, (int, float, str)) and ("int" in types or "float" in types):
        try:
            number = float(value)
        except ValueError:
            number = None
        if number is not None and number == number and abs(number) != float("inf"):
            if "int" in types and number.is_integer():
                return int(number)
            if "float" in types:
                return number
    if isinstance(value, (date,)) and "date" in types:
        return value.isoformat()
    if isinstance(value, str) and "date" in types:
        try:
            return date.fromisoformat(value.strip()).isoformat()
        except ValueError:
            pass
    if "str" in types and isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return str(value)
    if "list[str]" in types and isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
        return list(value)
    if "list[str]" in types and isinstance(value, str):
        return value
    expected = " or ".join(_words(k) for k in kinds)
    raise ParamError(f"parameter '{parameter.name}' takes {expected}; got {value!r}")


def _words(kind: str) -> str:
    return {"str": "text", "int": "a whole number", "float": "a number", "bool": "true or false", "None": "none",
            "date": "a date (YYYY-MM-DD)", "list[str]": "a list of ids"}.get(kind, repr(kind))


def check(notebook: str | Path, params: dict[str, Any]) -> dict[str, Any]:
    """``params`` with each value converted to its declared type; refuses any other name or value."""
    known = declared(notebook)
    out = {}
    for name, value in params.items():
        if not isinstance(name, str) or not name.isidentifier() or keyword.iskeyword(name):
            raise ParamError(f"parameter name {name!r} is not a name a notebook can declare")
        if looks_like_secret(name):
            raise ParamError(f"parameter '{name}' looks like a secret; pass credentials through environment "
                             "variables, never as notebook parameters (they would be printed in the report)")
        if name not in known:
            near = difflib.get_close_matches(name, list(known), n=1)
            hint = f" (did you mean '{near[0]}'?)" if near else ""
            raise ParamError(f"{Path(notebook).stem} has no parameter '{name}'{hint}; it takes: "
                             + ", ".join(f"{p.name} ({p.shown}, default {p.default!r})" for p in known.values()))
        out[name] = _convert(known[name], value)
    return out
