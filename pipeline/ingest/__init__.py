"""Stage 1, ingest: the raw folder -> decoded documents, or rejections with a reason.

- `reader`: which files of a raw folder are read, limits, decoding, `RawDocument`, `Rejection`
"""
