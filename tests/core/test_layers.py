"""Imports between the project's modules run one way: no module imports itself back.

Arrows run request → page → service → template (docs/architecture.md). A
cycle of module-level imports breaks the moment one module is imported
first from somewhere new; a function-level import hides a cycle rather than
breaking it, so this test reads module-level imports only and the code keeps
function-level imports for the few places that say why.
"""

import ast
from pathlib import Path
from unittest import TestCase

ROOT = Path(__file__).resolve().parents[2]
# Not project code: the environment, front-end sources, the tests themselves.
SKIPPED = {".venv", "node_modules", "static_src", "tests", "locale", "templates"}


def project_modules(root=ROOT):
    """``{dotted name: path}`` of every Python module of the project."""
    found = {}
    for path in root.rglob("*.py"):
        parts = path.relative_to(root).parts
        if parts[0] in SKIPPED or parts[0].startswith("."):
            continue
        name = ".".join(path.relative_to(root).with_suffix("").parts)
        found[name.removesuffix(".__init__")] = path
    return found


def module_level_imports(name, path, modules):
    """Project modules that ``name`` imports in its top-level statements."""

    def known(dotted):
        # ``from core import i18n`` names a module; ``from core.i18n import x`` a name in one.
        while dotted and dotted not in modules:
            dotted = dotted.rpartition(".")[0]
        return dotted or None

    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Import):
            found.update(known(alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                source = ".".join([*base, node.module] if node.module else base)
            else:
                source = node.module
            found.update(known(f"{source}.{alias.name}") for alias in node.names)
    found.discard(None)
    found.discard(name)
    return found


def cycles(graph):
    """Strongly connected groups of more than one module (Tarjan's algorithm, iterative)."""
    index, low, on_stack, stack, groups = {}, {}, set(), [], []
    counter = 0
    for start in graph:
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    groups.append(sorted(group))
    return groups


class ImportLayerTests(TestCase):
    def test_no_cycle_among_module_level_imports(self):
        modules = project_modules()
        graph = {name: module_level_imports(name, path, modules) for name, path in modules.items()}
        self.assertEqual(cycles(graph), [])

    def test_the_pages_import_their_services_at_module_level(self):
        # The two cycles this test was written against, now one-way arrows.
        modules = project_modules()
        for page, service in (
            ("events.models", "events.listing"),
            ("events.models", "events.calendar"),
            ("core.i18n", "core.cache"),
            ("core.listing", "core.i18n"),
        ):
            with self.subTest(page=page, service=service):
                self.assertIn(service, module_level_imports(page, modules[page], modules))

    def test_a_cycle_is_found(self):
        graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
        self.assertEqual(cycles(graph), [["a", "b", "c"]])

    def test_the_project_is_read(self):
        modules = project_modules()
        self.assertIn("core.models", modules)
        self.assertIn("events.models", modules)
        self.assertNotIn("tests.core.test_layers", modules)
