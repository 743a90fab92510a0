"""The layer contract of docs/architecture.md, checked on the source with the standard library.

Each rule is a function over a package folder that returns its violations as readable lines;
the tests at the bottom run every rule on ``dialogue_desk/`` (expecting none) and on small
made-up packages that break it (expecting it to be caught), so a rule that silently stops
seeing anything fails too.
"""

from __future__ import annotations

import ast
import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "dialogue_desk"

#: The Qt-free core: these reach Qt only through ``dialogue_desk/i18n.py``.
CORE = ("store", "services", "exchange")
#: Which top-level parts of the package each part may import (its own part always).
ALLOWED = {
    "errors": set(),
    "paths": set(),
    "logs": {"paths"},
    "i18n": {"paths"},
    "settings": {"paths"},
    "startup_trace": set(),
    "store": {"errors", "paths", "i18n", "logs"},
    "services": {"store", "errors", "paths", "i18n", "logs"},
    "exchange": {"services", "store", "errors", "paths", "i18n", "logs"},
    "ui": {
        "services",
        "exchange",
        "store",
        "errors",
        "paths",
        "i18n",
        "logs",
        "settings",
        "app",
        "startup_trace",
    },  # fmt: skip
    "app": {
        "ui",
        "services",
        "store",
        "errors",
        "paths",
        "i18n",
        "logs",
        "settings",
        "startup_trace",
    },  # fmt: skip
    "cli": {"services", "exchange", "store", "errors", "paths", "i18n", "logs", "settings", "app"},
    "__main__": {"cli"},
    "__init__": set(),
}
#: Modules that hold data, not logic (one sentence per line), exempt from the size limit.
DATA_MODULES = {"services/demo.py", "services/evaluation/templates.py"}
MAX_LINES = 400
#: Widget toolkits: only the interface (ui/ and the application bootstrap) may import them.
WIDGET_MODULES = ("PySide6.QtWidgets", "PySide6.QtGui", "PySide6.QtCharts")


@dataclass(frozen=True)
class Module:
    name: str  # dotted, e.g. "dialogue_desk.services.agenda.items"
    path: Path
    tree: ast.Module
    is_package: bool

    @property
    def part(self) -> str:
        """The top-level part of the package it belongs to: "ui", "services", "paths", ..."""
        parts = self.name.split(".")
        return parts[1] if len(parts) > 1 else "__init__"


@dataclass(frozen=True)
class Import:
    target: str  # the dotted module (or module.name) imported
    names: tuple[str, ...]  # for "from X import a, b": ("a", "b"); else ()
    line: int
    top_level: bool  # at import time (not in a function, not under TYPE_CHECKING)


def load_modules(package: Path) -> dict[str, Module]:
    modules: dict[str, Module] = {}
    for path in sorted(package.rglob("*.py")):
        relative = path.relative_to(package.parent).with_suffix("")
        if "migrations" in relative.parts:
            continue
        parts = list(relative.parts)
        is_package = parts[-1] == "__init__"
        if is_package:
            parts.pop()
        name = ".".join(parts)
        modules[name] = Module(name, path, ast.parse(path.read_text(encoding="utf-8")), is_package)
    return modules


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def imports_of(module: Module) -> Iterator[Import]:
    """Every import statement of ``module``, with relative imports resolved."""

    def visit(node: ast.AST, top_level: bool) -> Iterator[Import]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Import):
                for alias in child.names:
                    yield Import(alias.name, (), child.lineno, top_level)
            elif isinstance(child, ast.ImportFrom):
                base = child.module or ""
                if child.level:
                    anchor = module.name.split(".")
                    if not module.is_package:
                        anchor = anchor[:-1]
                    anchor = anchor[: len(anchor) - (child.level - 1)]
                    base = ".".join([*anchor, base] if base else anchor)
                names = tuple(alias.name for alias in child.names)
                yield Import(base, names, child.lineno, top_level)
            elif isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)) or (
                isinstance(child, ast.If) and _is_type_checking(child)
            ):
                yield from visit(child, False)
            else:
                yield from visit(child, top_level)

    yield from visit(module.tree, True)


def _location(module: Module, line: int) -> str:
    return f"{module.path.relative_to(module.path.parents[len(module.name.split('.')) - 1])}:{line}"


def _part_of(name: str, root: str) -> str | None:
    parts = name.split(".")
    if parts[0] != root:
        return None
    return parts[1] if len(parts) > 1 else "__init__"


# --- the rules ------------------------------------------------------------------------------


def qt_in_core(modules: dict[str, Module]) -> list[str]:
    """store/, services/ and exchange/ import no PySide6 (they use dialogue_desk.i18n)."""
    found = []
    for module in modules.values():
        if module.part in CORE:
            for imp in imports_of(module):
                if imp.target.split(".")[0] in ("PySide6", "shiboken6"):
                    found.append(f"{_location(module, imp.line)} imports {imp.target}")
    return found


def widgets_outside_ui(modules: dict[str, Module]) -> list[str]:
    """Only ui/ and app.py import QtWidgets, QtGui or QtCharts."""
    found = []
    for module in modules.values():
        if module.part in ("ui", "app"):
            continue
        for imp in imports_of(module):
            if imp.target.startswith(WIDGET_MODULES) or (
                imp.target == "PySide6" and {"QtWidgets", "QtGui", "QtCharts"} & set(imp.names)
            ):
                found.append(f"{_location(module, imp.line)} imports {imp.target}")
    return found


def sqlalchemy_outside_store_and_services(modules: dict[str, Module]) -> list[str]:
    """ui/, exchange/ and cli/ never import sqlalchemy: they work with records from services."""
    found = []
    for module in modules.values():
        if module.part in ("ui", "exchange", "cli"):
            for imp in imports_of(module):
                if imp.target.split(".")[0] == "sqlalchemy":
                    found.append(f"{_location(module, imp.line)} imports {imp.target}")
    return found


def orm_in_exchange(modules: dict[str, Module], root: str = "dialogue_desk") -> list[str]:
    """exchange/ never imports the ORM classes or the session: only the store's enums and Store."""
    found = []
    for module in modules.values():
        if module.part != "exchange":
            continue
        for imp in imports_of(module):
            if imp.target in (f"{root}.store.models", f"{root}.store.engine"):
                found.append(f"{_location(module, imp.line)} imports {imp.target}")
    return found


def layers(modules: dict[str, Module], root: str = "dialogue_desk") -> list[str]:
    """Every import points down: ui → services → store, exchange → services, never back."""
    found = []
    for module in modules.values():
        allowed = ALLOWED.get(module.part)
        if allowed is None:
            found.append(f"{_location(module, 1)}: {module.part} is not a known part of the layout")
            continue
        for imp in imports_of(module):
            target = _part_of(imp.target, root)
            if target is None:
                continue
            if target == "__init__":  # "from dialogue_desk import X": X is a part or a constant
                targets = {n for n in imp.names if n in ALLOWED} or set()
            else:
                targets = {target}
            for part in targets - {module.part} - allowed:
                found.append(f"{_location(module, imp.line)}: {module.part} imports {part}")
    return found


def ui_features_apart(modules: dict[str, Module], root: str = "dialogue_desk") -> list[str]:
    """A ui feature package never imports another (only the main window composes them)."""
    shared = {"common", "tab_base", "context"}
    found = []
    for module in modules.values():
        parts = module.name.split(".")
        if module.part != "ui" or len(parts) < 3 or module.path.parent.name != parts[2]:
            continue
        feature = parts[2]
        for imp in imports_of(module):
            target = imp.target.split(".")
            if target[:2] != [root, "ui"] or len(target) < 3:
                continue
            other = target[2]
            if other != feature and other not in shared and other in _ui_features(modules, root):
                found.append(f"{_location(module, imp.line)}: ui.{feature} imports ui.{other}")
    return found


def _ui_features(modules: dict[str, Module], root: str) -> set[str]:
    return {
        m.name.split(".")[2]
        for m in modules.values()
        if m.is_package and m.name.startswith(f"{root}.ui.") and m.name.count(".") == 2
    } - {"common"}


def private_imports(modules: dict[str, Module], root: str = "dialogue_desk") -> list[str]:
    """No module uses another module's ``_private`` names, by import or by attribute."""
    found = []
    for module in modules.values():
        bound: dict[str, str] = {}  # local name -> our module it stands for
        for imp in imports_of(module):
            if not imp.target.startswith(root):
                continue
            if imp.names:
                for name in imp.names:
                    if name.startswith("_") and not name.startswith("__"):
                        if imp.target != module.name:
                            found.append(f"{_location(module, imp.line)} imports "
                                         f"{imp.target}.{name}")  # fmt: skip
                    elif f"{imp.target}.{name}" in modules:
                        bound[name] = f"{imp.target}.{name}"
        for node in ast.walk(module.tree):
            if isinstance(node, ast.ImportFrom):
                for alias in node.names:
                    full = f"{node.module}.{alias.name}"
                    if full in modules and alias.asname:
                        bound[alias.asname] = full
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name.startswith(root) and alias.asname:
                        bound[alias.asname] = alias.name
        for node in ast.walk(module.tree):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id in bound
                and node.attr.startswith("_")
                and not node.attr.startswith("__")
            ):
                found.append(f"{_location(module, node.lineno)} uses "
                             f"{bound[node.value.id]}.{node.attr}")  # fmt: skip
    return found


def import_cycles(modules: dict[str, Module], root: str = "dialogue_desk") -> list[str]:
    """No cycle among the imports made at import time (function-local imports don't count)."""
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for module in modules.values():
        for imp in imports_of(module):
            if not imp.top_level or not imp.target.startswith(root):
                continue
            targets = [f"{imp.target}.{n}" for n in imp.names if f"{imp.target}.{n}" in modules]
            if len(targets) < len(imp.names) or not imp.names:
                targets.append(imp.target)
            for target in targets:
                if target in modules and target != module.name:
                    graph[module.name].add(target)
    return [" → ".join([*cycle, cycle[0]]) for cycle in _strongly_connected(graph)]


def _strongly_connected(graph: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's algorithm, iteratively; returns the components of more than one module."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []
    counter = 0
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        components.append(sorted(component))
    return components


def module_sizes(modules: dict[str, Module], package: Path = PACKAGE) -> list[str]:
    """Modules stay small: at most MAX_LINES lines (data modules excepted)."""
    found = []
    for module in modules.values():
        relative = module.path.relative_to(package).as_posix()
        if relative in DATA_MODULES:
            continue
        lines = module.path.read_text(encoding="utf-8").count("\n")
        if lines > MAX_LINES:
            found.append(f"{relative}: {lines} lines (at most {MAX_LINES})")
    return found


def packages_installed(package: Path, pyproject: Path) -> list[str]:
    """Every package folder is listed in pyproject.toml, so ``pip install .`` ships it."""
    listed = set(tomllib.loads(pyproject.read_text())["tool"]["setuptools"]["packages"])
    found = []
    for init in sorted(package.rglob("__init__.py")):
        name = ".".join(init.parent.relative_to(package.parent).parts)
        if name not in listed:
            found.append(f"{name} is missing from [tool.setuptools] packages in pyproject.toml")
    return found


RULES = [qt_in_core, widgets_outside_ui, sqlalchemy_outside_store_and_services, orm_in_exchange,
         layers, ui_features_apart, private_imports, import_cycles, module_sizes]  # fmt: skip


# --- the rules hold for Dialogue Desk ---------------------------------------------------------


@pytest.fixture(scope="module")
def modules() -> dict[str, Module]:
    return load_modules(PACKAGE)


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.__name__)
def test_the_rule_holds(modules, rule) -> None:  # type: ignore[no-untyped-def]
    assert rule(modules) == [], rule.__doc__


def test_every_package_is_installed() -> None:
    assert packages_installed(PACKAGE, ROOT / "pyproject.toml") == []


def test_the_core_imports_without_qt_widgets() -> None:
    """The core's only Qt is QtCore through i18n.py: importing it loads no widget module."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "import dialogue_desk.services.agenda, dialogue_desk.services.checkin, "
        "dialogue_desk.services.evaluation, dialogue_desk.services.notes, "
        "dialogue_desk.services.snapshot, dialogue_desk.exchange.sync_out, "
        "dialogue_desk.exchange.workbook.event, dialogue_desk.exchange.pdf.report\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6.QtWidgets', 'PySide6.QtGui'))]\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


# --- a test of the tests: each rule catches a made-up violation ---------------------------------


def _tree(tmp_path: Path, files: dict[str, str]) -> dict[str, Module]:
    package = tmp_path / "dialogue_desk"
    for relative, text in files.items():
        path = package / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    for folder in [package, *[p for p in package.rglob("*") if p.is_dir()]]:
        (folder / "__init__.py").touch()
    return load_modules(package)


BROKEN = {
    "qt_in_core": {"services/agenda/items.py": "from PySide6.QtCore import QLocale\n"},
    "widgets_outside_ui": {"exchange/pdf/charts.py": "from PySide6.QtGui import QColor\n"},
    "sqlalchemy_outside_store_and_services": {"ui/agenda/tab.py": "import sqlalchemy.exc\n"},
    "orm_in_exchange": {"exchange/agenda_sheet.py":
                        "from dialogue_desk.store.models import AgendaItem\n"},
    "layers": {"services/agenda/items.py": "from dialogue_desk.ui.agenda import tab\n",
               "ui/agenda/tab.py": ""},
    "ui_features_apart": {"ui/notes/tab.py": "from dialogue_desk.ui.checkin.model import M\n",
                          "ui/checkin/model.py": "M = 1\n"},
    "private_imports": {"exchange/agenda_sheet.py":
                        "from dialogue_desk.services.agenda.items import _renumber\n"
                        "from dialogue_desk.services.agenda import items\n"
                        "items._insert_index()\n",
                        "services/agenda/items.py": "def _renumber(): ...\n"},
    "import_cycles": {"services/a.py": "from dialogue_desk.services import b\n",
                      "services/b.py": "from dialogue_desk.services.a import thing\n"},
    "module_sizes": {"ui/huge.py": "x = 1\n" * (MAX_LINES + 1)},
}  # fmt: skip


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.__name__)
def test_each_rule_catches_a_violation(tmp_path, rule) -> None:  # type: ignore[no-untyped-def]
    modules = _tree(tmp_path, BROKEN[rule.__name__])
    found = rule(modules, tmp_path / "dialogue_desk") if rule is module_sizes else rule(modules)
    assert found, f"{rule.__name__} missed a violation"
    if rule is private_imports:
        assert len(found) == 2  # the import and the attribute


def test_clean_code_passes_every_rule(tmp_path) -> None:  # type: ignore[no-untyped-def]
    modules = _tree(tmp_path, {
        "services/agenda/items.py": "from dialogue_desk.i18n import translate\n"
                                    "from dialogue_desk.store.enums import AgendaKind\n",
        "exchange/agenda_sheet.py": "from dialogue_desk.services.agenda import items\n"
                                    "items.add_item()\n",
        "ui/agenda/tab.py": "from PySide6.QtWidgets import QWidget\n"
                            "from dialogue_desk.ui.common.undo import ServiceCommand\n"
                            "def later():\n    from dialogue_desk.ui.agenda import tab\n",
        "ui/common/undo.py": "ServiceCommand = object\n",
        "store/enums.py": "AgendaKind = 1\n",
        "i18n.py": "from PySide6.QtCore import QCoreApplication\n",
    })  # fmt: skip
    for rule in RULES:
        found = rule(modules, tmp_path / "dialogue_desk") if rule is module_sizes else rule(modules)
        assert found == [], rule.__name__


def test_missing_package_in_pyproject_is_caught(tmp_path) -> None:  # type: ignore[no-untyped-def]
    _tree(tmp_path, {"services/new_feature/thing.py": ""})
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text(
        '[tool.setuptools]\npackages = ["dialogue_desk", "dialogue_desk.services"]\n'
    )
    found = packages_installed(tmp_path / "dialogue_desk", pyproject)
    assert found == ["dialogue_desk.services.new_feature is missing from [tool.setuptools] "
                     "packages in pyproject.toml"]  # fmt: skip


def test_docs_describe_every_feature_package() -> None:
    """docs/architecture.md names every feature package, so a newcomer finds it in one guess."""
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    for init in sorted(PACKAGE.rglob("__init__.py")):
        relative = init.parent.relative_to(PACKAGE).as_posix()
        if relative == "." or "migrations" in relative:
            continue
        assert re.search(rf"\b{re.escape(relative)}/", text), f"{relative}/ is not in the docs"
