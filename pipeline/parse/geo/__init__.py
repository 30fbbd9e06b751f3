"""Places: English names, codes and coordinates from the shipped gazetteers. The indexes
(`gazetteer`, `gazetteer_names.csv`), sound-alike matching of Hindi and Latin spellings
(`phonetic`), looking a document's places up (`places`), the indexes kept on disk
(`index_store`) and a release's coverage report (`coverage`).
"""
