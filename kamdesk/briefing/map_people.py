"""Which people the brief's relationship map shows, laid out like the app's map.

A map of 200 people would be unreadable on paper: it shows the people on the cards with
their chain of bosses, then adds the most influential others while the chart still fits
eight boxes across.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Sequence

from kamdesk.briefing.content import MapNode, RelationshipMap
from kamdesk.domain.labels import ROLE_LABELS
from kamdesk.domain.org_chart import H_GAP, NODE_WIDTH, OrgLayout, OrgNode, layout_org_chart
from kamdesk.language import _
from kamdesk.services.brief_sources.facts import PersonFact

MAX_MAP_PEOPLE = 24
MAX_COLUMNS = 8
MAX_WIDTH = MAX_COLUMNS * (NODE_WIDTH + H_GAP) - H_GAP


def relationship_map(
    people: Sequence[PersonFact], featured: Iterable[uuid.UUID]
) -> RelationshipMap | None:
    """The map for the brief, or None when there are fewer than two people to connect."""
    if len(people) < 2:
        return None
    by_id = {p.id: p for p in people}
    featured = [key for key in featured if key in by_id]
    chosen: dict[uuid.UUID, None] = {}  # an ordered set
    for key in featured:  # the people on the cards are always on the map
        chosen.update(dict.fromkeys(_with_bosses(key, by_id)))
    ranked = sorted(people, key=lambda p: (-(p.influence or 0), p.dmu_role is None,
                                           p.full_name.casefold()))
    for person in ranked:
        if len(chosen) >= MAX_MAP_PEOPLE:
            break
        if person.id in chosen:
            continue
        trial = dict(chosen)
        trial.update(dict.fromkeys(_with_bosses(person.id, by_id)))
        if len(trial) <= MAX_MAP_PEOPLE and _layout(trial, by_id, str).width <= MAX_WIDTH:
            chosen = trial
    featured_set = set(featured)
    nodes: dict[object, MapNode] = {
        key: MapNode(
            by_id[key].stance,
            _(ROLE_LABELS[role]) if (role := by_id[key].dmu_role) else "",
            key in featured_set,
        )
        for key in chosen
    }
    return RelationshipMap(_layout(chosen, by_id), nodes, len(chosen), len(people))


def _with_bosses(key: uuid.UUID, by_id: dict[uuid.UUID, PersonFact]) -> list[uuid.UUID]:
    """*key* and everyone above them, stopping at a circle or someone not in the account."""
    chain: list[uuid.UUID] = []
    current: uuid.UUID | None = key
    while current is not None and current in by_id and current not in chain:
        chain.append(current)
        current = by_id[current].reports_to_id
    return chain


def _layout(keys: Iterable[uuid.UUID], by_id: dict[uuid.UUID, PersonFact],
            as_key: Callable[[uuid.UUID], object] = lambda key: key) -> OrgLayout:
    """The chart of *keys*. A trial layout, which only needs the width, passes ``as_key=str``:
    text keys hash faster than UUIDs and sort the same (the layout breaks ties by str(key))."""
    keys = set(keys)
    nodes = []
    for key in keys:
        boss = by_id[key].reports_to_id
        nodes.append(OrgNode(as_key(key), by_id[key].full_name,
                             as_key(boss) if boss in keys else None))
    return layout_org_chart(nodes)
