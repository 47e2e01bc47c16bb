"""The registry files the editor checks plant in a copy of a registry, shared so that the real
client (check_neovim.py) and the protocol harness (check_protocol.py) judge the same text.
"""

# A key one letter off (unknown-key with a "did you mean", so a quick fix; category missing,
# therefore), and on the action's line, after U+1F600, an SDG that is none (a finding whose UTF-16
# column differs from its code-point column).
TYPO = """kind: partner
id: typo-partner
name: Typo Partner Network
catgory: ngo
status: applied
applied: 2026-03-01
international: true
adherence:
  declared: 2026-02-20
  advocate: true
  uphold: true
  contribute: true
  levels: [global]
actions:
  - {title: "Formation à l'emploi \U0001F600", domains: [employment], sdgs: [8, 20]}
"""
