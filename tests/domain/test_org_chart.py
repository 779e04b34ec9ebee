from __future__ import annotations

from collections import defaultdict

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamdesk.domain.org_chart import H_GAP, NODE_WIDTH, OrgLayout, OrgNode, layout_org_chart

SLOT = NODE_WIDTH + H_GAP


def by_key(layout: OrgLayout) -> dict:
    return {n.key: n for n in layout.nodes}


def assert_no_overlap_on_any_level(layout: OrgLayout) -> None:
    levels: dict[int, list[float]] = defaultdict(list)
    for node in layout.nodes:
        levels[node.depth].append(node.x)
    for xs in levels.values():
        xs.sort()
        assert all(b - a >= SLOT - 1e-9 for a, b in zip(xs, xs[1:], strict=False))


def assert_parents_centred(layout: OrgLayout) -> None:
    nodes = by_key(layout)
    children: dict[object, list[float]] = defaultdict(list)
    for parent, child in layout.edges:
        children[parent].append(nodes[child].x)
    for parent, xs in children.items():
        assert nodes[parent].x == pytest.approx((min(xs) + max(xs)) / 2)


def test_an_empty_chart_has_no_size():
    assert layout_org_chart([]) == OrgLayout([], [], 0.0, 0.0)


def test_a_single_person_sits_at_the_origin():
    layout = layout_org_chart([OrgNode(1, "CEO", None)])
    assert [(n.x, n.y, n.depth) for n in layout.nodes] == [(0.0, 0.0, 0)]
    assert (layout.width, layout.height) == (1.0, 1.0)


def test_a_parent_is_centred_over_its_children():
    layout = layout_org_chart(
        [
            OrgNode("ceo", "CEO", None),
            OrgNode("a", "A", "ceo"),
            OrgNode("b", "B", "ceo"),
            OrgNode("c", "C", "ceo"),
        ]
    )
    nodes = by_key(layout)
    assert [nodes[k].x for k in "abc"] == [0.0, 1.25, 2.5]
    assert nodes["ceo"].x == 1.25
    assert nodes["a"].y == 1.0 and nodes["a"].depth == 1
    assert layout.edges == [("ceo", "a"), ("ceo", "b"), ("ceo", "c")]
    assert (layout.width, layout.height) == (3.5, 2.0)


def test_siblings_are_ordered_by_label_then_key():
    layout = layout_org_chart(
        [
            OrgNode(0, "Boss", None),
            OrgNode(2, "Zed", 0),
            OrgNode(11, "Amy", 0),
            OrgNode(3, "Amy", 0),
        ]
    )
    assert [n.key for n in layout.nodes] == [0, 11, 3, 2]  # "11" < "3" as text


def test_several_roots_stand_side_by_side():
    layout = layout_org_chart(
        [OrgNode(1, "B boss", None), OrgNode(2, "A boss", None), OrgNode(3, "A report", 2)]
    )
    nodes = by_key(layout)
    assert nodes[2].x == 0.0 and nodes[3].x == 0.0
    assert nodes[1].x == 1.25
    assert_no_overlap_on_any_level(layout)


def test_an_unknown_parent_makes_a_root():
    layout = layout_org_chart([OrgNode(1, "Orphan", 999)])
    assert layout.nodes[0].parent is None and layout.nodes[0].depth == 0
    assert layout.edges == []


def test_a_cycle_is_broken_at_its_first_member_by_label():
    layout = layout_org_chart([OrgNode(1, "B", 2), OrgNode(2, "A", 3), OrgNode(3, "C", 1)])
    nodes = by_key(layout)
    assert nodes[2].parent is None
    # 1 reports to 2 and 3 reports to 1; only the link from A (key 2) up to C is cut.
    assert [(n.key, n.depth) for n in layout.nodes] == [(2, 0), (1, 1), (3, 2)]
    assert layout.edges == [(2, 1), (1, 3)]


def test_a_person_reporting_to_themselves_is_a_root():
    layout = layout_org_chart([OrgNode(1, "Self", 1)])
    assert layout.nodes[0].parent is None
    assert layout.edges == []


def test_people_below_a_cycle_keep_their_place():
    layout = layout_org_chart(
        [OrgNode(1, "A", 2), OrgNode(2, "B", 1), OrgNode(3, "Report", 2), OrgNode(4, "Deep", 3)]
    )
    assert {n.key: n.depth for n in layout.nodes} == {1: 0, 2: 1, 3: 2, 4: 3}


def test_the_result_does_not_depend_on_input_order():
    nodes = [OrgNode(i, f"P{i % 7}", (i - 1) // 3 if i else None) for i in range(40)]
    assert layout_org_chart(nodes) == layout_org_chart(list(reversed(nodes)))


def test_duplicate_keys_are_refused():
    with pytest.raises(ValueError, match="share the key"):
        layout_org_chart([OrgNode(1, "A", None), OrgNode(1, "B", None)])


def test_a_wide_uneven_tree_has_no_overlaps_and_centred_parents():
    nodes = [OrgNode("root", "Root", None)]
    nodes += [OrgNode(f"m{i}", f"Manager {i}", "root") for i in range(5)]
    nodes += [OrgNode(f"m{i}-{j}", f"Report {j}", f"m{i}") for i in range(5) for j in range(i)]
    nodes += [OrgNode("deep", "Deep", "m4-3")]
    layout = layout_org_chart(nodes)
    assert_no_overlap_on_any_level(layout)
    assert_parents_centred(layout)


def test_two_hundred_people_are_laid_out_without_overlap():
    # How fast this is belongs in benchmarks/, not in a timed test.
    nodes = [OrgNode(i, f"Person {i}", (i - 1) // 4 if i else None) for i in range(200)]
    layout = layout_org_chart(nodes)
    assert len(layout.nodes) == 200
    assert_no_overlap_on_any_level(layout)
    assert_parents_centred(layout)


def test_a_very_deep_chain_does_not_recurse():
    nodes = [OrgNode(i, str(i), i - 1 if i else None) for i in range(5000)]
    layout = layout_org_chart(nodes)
    assert layout.height == 5000.0
    assert {n.x for n in layout.nodes} == {0.0}


def test_a_big_cycle_is_broken_without_recursing():
    n = 3000
    layout = layout_org_chart([OrgNode(i, f"{i:05d}", (i + 1) % n) for i in range(n)])
    assert layout.nodes[0].key == 0 and layout.nodes[0].parent is None
    assert len(layout.edges) == n - 1


@given(st.lists(st.integers(min_value=-1, max_value=30), min_size=0, max_size=30))
def test_any_parent_table_gives_a_sound_layout(parents):
    nodes = [OrgNode(i, f"N{i % 4}", p if p >= 0 else None) for i, p in enumerate(parents)]
    layout = layout_org_chart(nodes)
    assert sorted(n.key for n in layout.nodes) == list(range(len(nodes)))
    assert len(layout.edges) == len(nodes) - sum(n.parent is None for n in layout.nodes)
    placed = by_key(layout)
    for parent, child in layout.edges:
        assert placed[child].depth == placed[parent].depth + 1
        assert placed[child].y == placed[child].depth * 1.0
    assert_no_overlap_on_any_level(layout)
    assert_parents_centred(layout)
    assert all(0 <= n.x <= layout.width - NODE_WIDTH for n in layout.nodes)
