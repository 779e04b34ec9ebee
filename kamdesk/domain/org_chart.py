"""Layout of the client's org chart, shared by the PDF brief and the on-screen map.

Coordinates are abstract units: every node box is ``NODE_WIDTH`` wide, boxes on a
level are at least ``H_GAP`` apart, and levels are ``LEVEL_HEIGHT`` apart. The
origin is top-left and y grows downward; (x, y) is a box's top-left corner.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass

NODE_WIDTH = 1.0
H_GAP = 0.25
LEVEL_HEIGHT = 1.0
_SLOT = NODE_WIDTH + H_GAP


@dataclass(frozen=True)
class OrgNode:
    """A person in the chart; ``parent`` is the key of whom they report to."""

    key: object
    label: str
    parent: object | None


@dataclass(frozen=True)
class PlacedNode:
    """A node with its position; ``parent`` is the effective one after cycles are broken."""

    key: object
    label: str
    parent: object | None
    x: float
    y: float
    depth: int


@dataclass(frozen=True)
class OrgLayout:
    """Placed nodes in drawing order, (parent, child) edges, and the overall size."""

    nodes: list[PlacedNode]
    edges: list[tuple[object, object]]
    width: float
    height: float


def _order(node: OrgNode) -> tuple[str, str]:
    return (node.label, str(node.key))


def _effective_parents(by_key: dict[Hashable, OrgNode]) -> dict[Hashable, Hashable | None]:
    """Map each key to its parent, with unknown parents and cycles turned into roots.

    Each cycle is broken at its first member in label order, so the result does not
    depend on input order; nodes hanging below a cycle keep their parents.
    """
    parents: dict[Hashable, Hashable | None] = {}
    for start in sorted(by_key.values(), key=_order):
        path: list[Hashable] = []
        on_path: set[Hashable] = set()
        key: Hashable | None = start.key
        # Walk up until we reach a root, an already resolved node, or our own path.
        while key is not None and key not in parents and key not in on_path:
            path.append(key)
            on_path.add(key)
            parent = by_key[key].parent
            key = parent if parent in by_key else None
        for member in path:
            parent = by_key[member].parent
            parents[member] = parent if parent in by_key else None
        if key is not None and key in on_path:
            cycle = path[path.index(key) :]
            parents[min(cycle, key=lambda k: _order(by_key[k]))] = None
    return parents


def layout_org_chart(nodes: Sequence[OrgNode]) -> OrgLayout:
    """Lay out a forest as tidy trees side by side.

    Leaves take the next free column left to right and each parent is centred over
    its first and last child, so nodes on the same level never overlap. Siblings
    and roots are ordered by label, then key. Iterative, so deep charts are safe.
    """
    by_key: dict[Hashable, OrgNode] = {}
    for node in nodes:
        if node.key is None:
            raise ValueError("an org chart node needs a key; None marks the top of a tree")
        if node.key in by_key:
            raise ValueError(f"two org chart nodes share the key {node.key!r}")
        by_key[node.key] = node
    parents = _effective_parents(by_key)
    children: dict[Hashable | None, list[OrgNode]] = {}
    for node in sorted(by_key.values(), key=_order):
        children.setdefault(parents[node.key], []).append(node)

    # Depth-first pre-order gives the drawing order; x is filled in post-order.
    preorder: list[tuple[OrgNode, int]] = []
    stack = [(root, 0) for root in reversed(children.get(None, []))]
    while stack:
        node, depth = stack.pop()
        preorder.append((node, depth))
        stack.extend((child, depth + 1) for child in reversed(children.get(node.key, [])))

    x: dict[Hashable, float] = {}
    next_column = 0
    for node, _ in preorder:
        if node.key not in children:
            x[node.key] = next_column * _SLOT
            next_column += 1
    for node, _ in reversed(preorder):  # children always come after their parent
        kids = children.get(node.key)
        if kids:
            x[node.key] = (x[kids[0].key] + x[kids[-1].key]) / 2

    placed = [
        PlacedNode(n.key, n.label, parents[n.key], x[n.key], d * LEVEL_HEIGHT, d)
        for n, d in preorder
    ]
    edges = [(p.parent, p.key) for p in placed if p.parent is not None]
    width = max((p.x for p in placed), default=-NODE_WIDTH) + NODE_WIDTH
    height = (max((p.depth for p in placed), default=-1) + 1) * LEVEL_HEIGHT
    return OrgLayout(placed, edges, width, height)
