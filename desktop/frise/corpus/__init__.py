"""The import pipeline over a press archive, as Dask work: articles -> Parquet -> merged events.

`frise-cli corpus extract` reads folders, globs and JSON Lines files into a Parquet dataset
partitioned by month (articles, dated statements, events), each partition of input running the
per-article code of `frise-cli import` (ingest, temporal, events) on a Dask worker; statements
are then merged by month bucket, each bucket widened by the merge reach, with the rules of
`frise.events.merge`. `frise-cli corpus load` writes a slice of the dataset into a timeline.

Dask and pyarrow are imported only inside this package (the `frise[corpus]` extra). Outside it,
`frise.corpus.cli` (loaded by `frise-cli corpus` alone) and the window's « Ouvrir un jeu de
données… » (`frise.ui.dataset_dialog`) import `frise.corpus.folder`, which needs neither, and the
rest only once a command or a load has been asked for. No Qt here.
"""
