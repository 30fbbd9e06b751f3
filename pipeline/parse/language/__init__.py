"""The Hindi language layer every reader stands on: Unicode clean-up, match keys and
romanization (`text`), the ways of typing one dash or date (`typography`), years, dates and
ordinals (`dates`), and the curated Hindi -> English vocabulary (`lexicon`, `lexicon.csv`).
"""
