"""Operating the pipeline: when and where runs happen, and how well it extracts.

- `automation`: the daily schedule and the raw-folder sensor
- `execution`: executor choice (in-process, multiprocess, k8s, celery) and CLI runs
- `evaluate`: extracted facts against expected facts
"""
