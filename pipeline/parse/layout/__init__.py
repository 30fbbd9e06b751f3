"""The shape of a document and the summit lists it holds: title, lead, sections and items
(`structure`); entries of a summit list (`summits`), records under a year (`records`), fact
lines (`fact_lines`), Markdown pipe tables and tables copied from web pages (`pipe_tables`,
`copied_tables`); whether an entry is the series' own meeting (`series`) and who organises
the series (`organisers`).
"""
