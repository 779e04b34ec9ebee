"""The shape of the code (issue 11's done-when): no import cycle between our modules at run
time, and no source file longer than a reader can hold (STYLE.md: about 400 lines)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "kamdesk"
MAX_LINES = 400
# Written once by alembic's autogenerate and never edited since: the schema as it was.
GENERATED = {"kamdesk/migrations/versions/0001_initial.py"}


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _is_type_checking(test: ast.expr) -> bool:
    return isinstance(test, ast.Name | ast.Attribute) and ast.unparse(test).endswith(
        "TYPE_CHECKING"
    )


def _run_time_imports(body: list[ast.stmt], deferred: list[ast.stmt]) -> list[ast.stmt]:
    """The import statements a module runs when it is imported: at top level, in class
    bodies, under `if`/`try`/`with`, but not under `if TYPE_CHECKING:`. Imports inside
    functions run later, when the function is called; they go to `deferred`."""
    found: list[ast.stmt] = []
    for node in body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            found.append(node)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            deferred += [n for n in ast.walk(node) if isinstance(n, ast.Import | ast.ImportFrom)]
        elif isinstance(node, ast.If) and _is_type_checking(node.test):
            found += _run_time_imports(node.orelse, deferred)
        else:  # class bodies, if/else, try/except/finally, with: all run on import
            for field in ("body", "orelse", "finalbody"):
                inner = getattr(node, field, None)
                if isinstance(inner, list):
                    found += _run_time_imports(inner, deferred)
            for handler in getattr(node, "handlers", ()):
                found += _run_time_imports(handler.body, deferred)
    return found


def _targets(node: ast.stmt, module: str, is_package: bool, known: set[str]) -> set[str]:
    """Our modules an import statement loads."""
    if isinstance(node, ast.Import):
        return {a.name for a in node.names if a.name in known}
    assert isinstance(node, ast.ImportFrom)
    base = node.module or ""
    if node.level:
        anchor = module.split(".") if is_package else module.split(".")[:-1]
        anchor = anchor[: len(anchor) - (node.level - 1)]
        base = ".".join(anchor + ([base] if base else []))
    found = set()
    for alias in node.names:
        if f"{base}.{alias.name}" in known:
            found.add(f"{base}.{alias.name}")
        elif base in known:
            found.add(base)
    return found


def _is_ours(node: ast.stmt) -> bool:
    if isinstance(node, ast.ImportFrom):
        return bool(node.level) or (node.module or "").split(".")[0] == "kamdesk"
    return any(a.name.split(".")[0] == "kamdesk" for a in node.names)  # type: ignore[attr-defined]


def import_graph() -> tuple[dict[str, set[str]], int]:
    """Module → our modules it imports at run time, and how many imports sit in functions."""
    modules = _modules()
    known = set(modules)
    graph: dict[str, set[str]] = {}
    deferred: list[ast.stmt] = []
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        edges: set[str] = set()
        for node in _run_time_imports(tree.body, deferred):
            edges |= _targets(node, name, path.name == "__init__.py", known)
        graph[name] = edges - {name}
    return graph, sum(1 for n in deferred if _is_ours(n))


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle (a list of modules, the first repeated at the end), or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return path[path.index(nxt) :] + [nxt]
            if nxt not in state and (cycle := visit(nxt)):
                return cycle
        path.pop()
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state and (cycle := visit(start)):
            return cycle
    return None


def test_the_graph_sees_our_imports():
    graph, deferred = import_graph()
    assert "kamdesk.store.database" in graph["kamdesk.services.accounts"]
    assert len(graph) > 200 and deferred > 0


def test_no_import_cycle_between_our_modules_at_run_time():
    """Imports inside functions are allowed to break a cycle on purpose (they run when
    called); test_the_graph_sees_our_imports counts them, `import_graph` says how many."""
    graph, _ = import_graph()
    cycle = find_cycle(graph)
    assert cycle is None, "import cycle: " + " → ".join(cycle or [])


def test_the_cycle_finder_finds_a_cycle():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_no_source_file_over_400_lines():
    files = [
        p
        for folder in ("kamdesk", "tests", "benchmarks", "scripts")
        for p in (ROOT / folder).rglob("*.py")
    ]
    assert len(files) > 300
    too_long = sorted(
        (n, str(p.relative_to(ROOT)))
        for p in files
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES
        and str(p.relative_to(ROOT)) not in GENERATED
    )
    assert too_long == [], "over 400 lines; split along a real seam: " + ", ".join(
        f"{path} ({n})" for n, path in too_long
    )
