"""The dates and places gate: scores on the team's gold articles must not fall below these floors.

Dates are matched by span overlap (relaxed extent); value accuracy is right values over matched dates;
place -> country is right countries over the gold place mentions parley found (see parley.temporal.score).
heldout/ is only ever scored in aggregate. Raise a floor when a change lifts the score; never lower one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from parley.temporal.score import score_gold_folders

ARTICLES = Path(__file__).resolve().parent.parent / "data" / "articles"

FLOORS = {  # extent F1, value accuracy, value F1, place -> country
    "dev": (0.96, 0.99, 0.96, 0.97),
    "dev2": (0.97, 0.92, 0.9, 0.97),  # session 14: its gold has "within days" PXD (GOLD_FORMAT: FUTURE_REF)
    "dev3": (0.93, 0.97, 0.92, 0.97),
    # dev4, scored blind (first score at 4d30ddb: extent F1 0.955, value accuracy 0.881, value F1 0.842,
    # place -> country 0.994)
    "dev4": (0.95, 0.96, 0.92, 0.97),
    "dev5": (0.97, 0.96, 0.94, 0.95),
    # dev7, written blind with heldout3's brief (first score at 95a8a2c: value F1 0.807, the publication
    # date missing in two articles; 0.980 at 34f4e00 with it found)
    "dev7": (0.98, 0.98, 0.97, 0.92),
    # dev8, written blind (value F1 0.927 when first scored; 0.966 after the dates2 round, place -> country
    # 0.959). dev9 (6 articles) is under the test's minimum and has no floor.
    "dev8": (0.97, 0.99, 0.97, 0.95),
    # dev10, written blind in session 4 (first score at 96e1f26: extent F1 0.982, value accuracy 0.978,
    # value F1 0.961, place -> country 0.981)
    "dev10": (0.97, 0.96, 0.95, 0.97),
    # dev11, written blind in session 4 (first score at 669394e: extent F1 0.930, value accuracy 0.906, value
    # F1 0.842, the publication date of one article not found; place -> country 0.957; value F1 0.945 after
    # the dates3 round with that date found and the cleaner's cruft fixes)
    "dev11": (0.95, 0.97, 0.93, 0.95),
    # dev12, written blind in session 4 (first score at 2554501: extent F1 0.969, value accuracy 0.936, value
    # F1 0.907, place -> country 0.938)
    "dev12": (0.96, 0.95, 0.92, 0.92),
    # dev13, written blind in session 4 (first score at 31dff64: extent F1 0.957, value accuracy 0.944, value
    # F1 0.903, place -> country 0.938)
    "dev13": (0.96, 0.96, 0.93, 0.92),
    # dev15 and dev16, written blind in session 5 (first scores at b8ab65a: extent F1 0.967 and 0.982, value
    # accuracy 0.992 and 0.964, value F1 0.960 and 0.947, place -> country 0.987 and 0.982)
    "dev15": (0.95, 0.97, 0.94, 0.96),
    "dev16": (0.97, 0.96, 0.94, 0.96),  # session 14: "within weeks" PXW in its gold, as dev2
    # dev17, written blind in session 5 (first score at bd7d4f1: extent F1 0.973, value accuracy 0.957,
    # value F1 0.931, place -> country 0.985)
    "dev17": (0.95, 0.95, 0.93, 0.96),
    # dev18, written blind in session 6 (first score at db791b7: extent F1 0.917, value accuracy 0.919,
    # value F1 0.843, place -> country 0.982)
    "dev18": (0.95, 0.97, 0.93, 0.96),
    # dev19, written blind in session 6 (first score at 5708ed4: extent F1 0.938, value accuracy 0.965,
    # value F1 0.905, place -> country 0.989)
    "dev19": (0.95, 0.97, 0.93, 0.97),
    # dev20, written blind in session 6 (first score at fc81ee9: extent F1 0.969, value accuracy 0.959,
    # value F1 0.930, place -> country 0.993)
    "dev20": (0.95, 0.94, 0.91, 0.97),
    # dev21, written blind in session 6 (first score at 1181b00: extent F1 0.959, value accuracy 0.942,
    # value F1 0.903, place -> country 0.989)
    "dev21": (0.95, 0.97, 0.93, 0.97),
    # heldout2, written blind in session 2 (first score at 62689c3: extent F1 0.946, value accuracy 0.937,
    # value F1 0.886, place -> country 0.986)
    # dev14 was the blind heldout2 until session 4 (now development data; see tests/clean/test_clean_dev.py)
    "dev14": (0.97, 0.96, 0.95, 0.96),  # session 14: "within days/weeks" PXD/PXW in its gold, as dev2
    # heldout4, written blind in session 4 (first score at 2dea0e4: extent F1 0.971, value accuracy 0.967,
    # value F1 0.939, place -> country 0.978)
    "heldout4": (0.95, 0.94, 0.91, 0.95),
    # heldout3, written blind in session 3 (first score at 9217e5e: extent F1 0.949, value accuracy 0.862,
    # value F1 0.818, place -> country 0.977)
    "heldout3": (0.93, 0.84, 0.79, 0.95),
    # heldout5, written blind in session 5 (first score at d88cc91: extent F1 0.934, value accuracy 0.912,
    # value F1 0.852, place -> country 0.990)
    "heldout5": (0.92, 0.89, 0.83, 0.97),
    # heldout6, written blind in session 6 (first score at 7e917e6: extent F1 0.969, value accuracy 0.925,
    # value F1 0.896, place -> country 0.982)
    "heldout6": (0.95, 0.91, 0.88, 0.97),
    # dev22 and heldout7, written blind in session 7 (first scores at bb687f1: extent F1 0.896 / 0.972, value
    # accuracy 0.874 / 0.938, value F1 0.783 / 0.912, place -> country 0.986 / 0.989)
    # dates5 round (session 7): floors raised on dev11, dev13, dev18, dev19, dev21, dev22 (value accuracy
    # .985, .965, .956, .972, .981, .954 at the end of the round)
    "dev22": (0.95, 0.95, 0.91, 0.97),
    # dev23, written blind in session 7 (first score at bb687f1: extent F1 0.932, value accuracy 0.823, value
    # F1 0.767, place -> country 0.992)
    "dev23": (0.95, 0.95, 0.91, 0.97),
    # dev24, written blind in session 8 (first score at 50a8804: extent F1 0.951, value accuracy 0.881, value
    # F1 0.838, place -> country 0.980)
    # dates6 round (session 8): floors raised on dev14, dev16, dev18, dev19, dev22, dev23, dev24 (value
    # accuracy .994, .982, .956, .973, .959, .948, .919 at the end of the round, dev24 with the
    # publication-date fix of the same session)
    "dev24": (0.95, 0.94, 0.91, 0.96),  # session 14: as dev2
    # heldout8, written blind in session 8 (first score at 50a8804: extent F1 0.943, value accuracy 0.824,
    # value F1 0.777, place -> country 0.993)
    "heldout8": (0.92, 0.79, 0.75, 0.97),
    # dev25, written blind in session 9 (first score at 725dbef: extent F1 0.970, value accuracy 0.873, value
    # F1 0.847, place -> country 0.989)
    "dev25": (0.95, 0.88, 0.86, 0.96),
    # dates7 round (session 9): floors raised on dev12, dev13, dev17, dev23, dev24, dev25 (value accuracy
    # .960, .972, .969, .961, .943, .897 at the end of the round, dev25 before the pubdate fix of the session)
    # dev26, written blind at the end of session 9 (first score at 6a28f26: extent F1 0.975, value accuracy
    # 0.925, value F1 0.902, place -> country 0.993)
    "dev26": (0.95, 0.93, 0.91, 0.97),
    # heldout9, written blind in session 9 (first score at 725dbef: extent F1 0.965, value accuracy 0.954,
    # value F1 0.920, place -> country 0.989)
    "heldout9": (0.94, 0.93, 0.89, 0.96),
    # dev27, written blind in session 10 (first score at 7184784: extent F1 0.952, value accuracy 0.886, value
    # F1 0.844, place -> country 0.984)
    "dev27": (0.94, 0.91, 0.87, 0.96),
    # dev28, written blind in session 13 in the seed's shape (first score: extent F1 0.973, value accuracy
    # 0.949, value F1 0.923, place -> country 0.987)
    "dev28": (0.95, 0.92, 0.9, 0.96),
    # dev29, written blind in session 13 in the seed's shape (first score: extent F1 0.958, value accuracy
    # 0.993, value F1 0.951, place -> country 0.980)
    "dev29": (0.94, 0.97, 0.93, 0.96),
    # dev30, written blind in session 13 (first score at 3be2f0e: extent F1 0.984, value accuracy 0.968, value
    # F1 0.952, place -> country 0.991)
    "dev30": (0.96, 0.94, 0.93, 0.97),
    # dev31, other genres (first score at 4916c31: extent F1 0.949, value accuracy 0.924, value F1 0.876,
    # place -> country 0.983)
    "dev31": (0.93, 0.9, 0.85, 0.96),
    # dev32, written blind in session 13 (first score at 5b79133: extent F1 0.977, value accuracy 0.958, value
    # F1 0.936, place -> country 0.994)
    "dev32": (0.95, 0.93, 0.91, 0.97),
    # dev33 and dev34, written blind in session 14 (first scores at c1fa462: extent F1 0.957 and 0.976, value
    # accuracy 0.903 and 0.963, value F1 0.863 and 0.940, place -> country 0.988 and 0.989; dev33's value F1
    # 0.920 once its two metadata lines gave their publication dates)
    "dev33": (0.93, 0.87, 0.83, 0.96),
    "dev34": (0.95, 0.93, 0.91, 0.96),
    # dev35 and dev36, written blind in session 14 (first scores at f062396: extent F1 0.950 and 0.991, value
    # accuracy 0.910 and 0.964, value F1 0.864 and 0.956, place -> country 0.985 and 0.997)
    "dev35": (0.92, 0.88, 0.83, 0.96),
    "dev36": (0.96, 0.93, 0.92, 0.97),
    # dev37, written blind in session 14 (first score at 5e2b616: extent F1 0.972, value accuracy 0.948, value
    # F1 0.921, place -> country 0.992)
    "dev37": (0.95, 0.92, 0.89, 0.97),
    # dev38 and dev39, written blind in session 15 (first scores at ea296af: extent F1 0.965 and 0.959, value
    # accuracy 0.933 and 0.944, value F1 0.901 and 0.905, place -> country 0.956 and 0.944)
    "dev38": (0.94, 0.9, 0.87, 0.93),
    "dev39": (0.93, 0.91, 0.87, 0.92),
    # dev40, written blind in session 15 with many stamp shapes (first score at 23e7ea1: extent F1 0.964,
    # value accuracy 0.829, value F1 0.799, place -> country 0.960; three publication dates missed)
    "dev40": (0.94, 0.8, 0.77, 0.93),
    # dev41, dev42 and dev43, written blind in session 16 (first scores at bcb391f: extent F1 0.974, 0.965
    # and 0.952, value accuracy 0.973, 0.953 and 0.973, value F1 0.948, 0.920 and 0.926, place -> country
    # 0.971, 0.963 and 0.954)
    "dev41": (0.95, 0.94, 0.92, 0.94),
    "dev42": (0.94, 0.92, 0.89, 0.93),
    "dev43": (0.93, 0.94, 0.9, 0.93),
    # dev44 (first score at afda27a: extent F1 0.966, value accuracy 0.973, value F1 0.941, place -> country
    # 0.974)
    "dev44": (0.94, 0.94, 0.91, 0.95),
    # dev45 and dev46, written blind in session 17 (first scores at 63354e1: extent F1 0.975 and 0.986, value
    # accuracy 0.983 and 0.971, value F1 0.958 and 0.957, place -> country 0.981 and 0.919)
    "dev45": (0.95, 0.95, 0.93, 0.95),
    "dev46": (0.96, 0.94, 0.93, 0.89),
    # dev47, written blind in session 17 (first score at 1afd929: extent F1 0.989, value accuracy 0.983, value
    # F1 0.973, place -> country 0.978)
    "dev47": (0.96, 0.95, 0.94, 0.95),
    # dev48, written blind in session 18 (first score at 832ea44: extent F1 0.948, value accuracy 0.940, value
    # F1 0.892, place -> country 0.949)
    "dev48": (0.91, 0.9, 0.86, 0.91),
    # dev49, written blind in session 18 (first score at 832ea44: extent F1 0.980, value accuracy 0.899, value
    # F1 0.881, place -> country 0.950)
    "dev49": (0.95, 0.86, 0.85, 0.91),
    # dev50, written blind in session 18 (first score at 31c668c: extent F1 0.977, value accuracy 0.953, value
    # F1 0.932, place -> country 0.996)
    "dev50": (0.95, 0.92, 0.9, 0.96),
    # dev51, written blind in session 18 (first score at 1fc83cf: extent F1 0.990, value accuracy 0.972, value
    # F1 0.962, place -> country 0.995)
    "dev51": (0.96, 0.94, 0.93, 0.96),
    # dev52, written blind in session 19 (first score at aaa9c25: extent F1 0.961, value accuracy 0.980, value
    # F1 0.941, place -> country 0.970)
    "dev52": (0.93, 0.95, 0.91, 0.94),
    # dev53, written blind in session 19 (first score at aaa9c25: extent F1 0.960, value accuracy 0.942, value
    # F1 0.903, place -> country 0.996)
    "dev53": (0.93, 0.91, 0.87, 0.96),
    # dev54, written blind in session 19 (first score at aaa9c25: extent F1 0.943, value accuracy 0.907, value
    # F1 0.855, place -> country 0.982)
    "dev54": (0.91, 0.87, 0.82, 0.95),
    # dev55, written blind in session 19 (first score at 2da1625: extent F1 0.985, value accuracy 0.969, value
    # F1 0.954, place -> country 0.972)
    "dev55": (0.95, 0.94, 0.92, 0.94),
    # dev56, written blind in session 20 (first score at 92c871e: extent F1 0.989, value accuracy 0.993, value
    # F1 0.982, place -> country 0.989)
    "dev56": (0.95, 0.96, 0.95, 0.95),
    # dev57, written blind in session 20 (first score at bbf0e89: extent F1 0.975, value accuracy 0.943, value
    # F1 0.919, place -> country 0.943)
    "dev57": (0.94, 0.91, 0.88, 0.91),
    # dev58, written blind in session 20 (first score at bbf0e89: extent F1 0.964, value accuracy 0.944, value
    # F1 0.910, place -> country 0.989)
    "dev58": (0.93, 0.91, 0.87, 0.95),
    # dev59, written blind in session 21 (first score at the commit after f522536, which reads its text
    # browser's dump: extent F1 0.979, value accuracy 0.965, value F1 0.945, place -> country 0.993)
    "dev59": (0.94, 0.93, 0.91, 0.95),
    # dev60, written blind in session 21 (first score at 743c139: extent F1 0.967, value accuracy 0.908, value
    # F1 0.878, place -> country 0.963)
    "dev60": (0.93, 0.87, 0.84, 0.93),
    # dev61, written blind in session 21 (first score at 743c139: extent F1 0.973, value accuracy 0.919, value
    # F1 0.894, place -> country 0.971)
    "dev61": (0.94, 0.88, 0.86, 0.94),
    # dev62, written blind in session 22 (first score at 9b943f6: extent F1 0.973, value accuracy 0.972, value
    # F1 0.946, place -> country 0.980)
    "dev62": (0.94, 0.94, 0.91, 0.95),
    # dev63, written blind in session 22 (first score at 9b943f6: extent F1 0.965, value accuracy 1.000, value
    # F1 0.965, place -> country 0.995)
    "dev63": (0.93, 0.97, 0.93, 0.96),
    # dev64, written blind in session 22 (first score at 9b943f6: extent F1 0.979, value accuracy 0.978, value
    # F1 0.957, place -> country 0.989)
    "dev64": (0.95, 0.95, 0.92, 0.95),
    # dev65, written blind in session 22 (first score at 5774266: extent F1 0.985, value accuracy 0.994, value
    # F1 0.979, place -> country 0.988)
    "dev65": (0.95, 0.96, 0.95, 0.95),
    # dev66, written blind in session 22 (first score at 5774266: extent F1 0.976, value accuracy 0.880, value
    # F1 0.859, place -> country 1.000)
    "dev66": (0.94, 0.85, 0.82, 0.97),
    # dev67, written blind in session 23 (first score at 710706e: extent F1 0.954, value accuracy 0.986, value
    # F1 0.940, place -> country 0.976)
    "dev67": (0.92, 0.95, 0.9, 0.94),
    # dev68, written blind in session 23 (first score at 710706e: extent F1 0.973, value accuracy 0.951, value
    # F1 0.925, place -> country 1.000)
    "dev68": (0.94, 0.91, 0.89, 0.96),
    # dev69, written blind in session 24 (first score at 93897bb: extent F1 0.966, value accuracy 0.917, value
    # F1 0.885, place -> country 0.992)
    "dev69": (0.93, 0.88, 0.85, 0.95),
    # dev70, written blind in session 24 (first score at 93897bb: extent F1 0.948, value accuracy 0.962, value
    # F1 0.912, place -> country 0.960)
    "dev70": (0.91, 0.92, 0.87, 0.92),
    # dev71, written blind in session 25 (first score at df78642: extent F1 0.978, value accuracy 0.923, value
    # F1 0.902, place -> country 0.973)
    "dev71": (0.93, 0.88, 0.86, 0.93),
    # dev72, written blind in session 25 (first score at df78642: extent F1 0.967, value accuracy 0.957, value
    # F1 0.925, place -> country 0.980)
    "dev72": (0.92, 0.91, 0.88, 0.94),
    # dev73, written blind in session 26 (first score at a80ac42: extent F1 0.947, value accuracy 1.000, value
    # F1 0.947, place -> country 0.996)
    "dev73": (0.9, 0.96, 0.9, 0.95),
    # dev74, written blind in session 26 (first score at a80ac42: extent F1 0.969, value accuracy 0.986, value
    # F1 0.955, place -> country 0.976)
    "dev74": (0.92, 0.94, 0.91, 0.93),
    # dev75, written blind in session 27 (first score at 0a76250: extent F1 0.970, value accuracy 0.882, value
    # F1 0.855, place -> country 0.972)
    "dev75": (0.93, 0.84, 0.81, 0.93),
    # dev76, written blind in session 27 (first score at 0a76250: extent F1 0.924, value accuracy 0.829, value
    # F1 0.766, place -> country 0.989)
    "dev76": (0.88, 0.78, 0.72, 0.94),
    # dev77, written blind in session 28 (first score at aa2eb8f: extent F1 1.000, value accuracy 0.975, value
    # F1 0.975, place -> country 0.960)
    "dev77": (0.96, 0.93, 0.93, 0.92),
    # dev78, written blind in session 28 (first score at aa2eb8f: extent F1 0.965, value accuracy 0.927, value
    # F1 0.894, place -> country 0.981)
    "dev78": (0.92, 0.88, 0.85, 0.94),
    # dev79, written blind in session 29 (first score at 35fc860: extent F1 0.972, value accuracy 0.943, value
    # F1 0.916, place -> country 0.976)
    "dev79": (0.93, 0.9, 0.87, 0.93),
    # dev80, written blind in session 29 (first score at 35fc860: extent F1 0.967, value accuracy 0.902, value
    # F1 0.872, place -> country 0.993)
    "dev80": (0.92, 0.86, 0.83, 0.95),
    # dates8 round (session 10): floors raised on dev18, dev24, dev26, dev27 (value accuracy .974, .953, .968,
    # .953 at the end of the round, dev26 and dev27 with the pubdate helper's dates of two pages; the floors
    # stand under the figures without them)
    # heldout10, written blind in session 10 (first score at 7184784: extent F1 0.973, value accuracy 0.896,
    # value F1 0.872, place -> country 0.993)
    "heldout10": (0.95, 0.87, 0.85, 0.97),
    # heldout11, written blind in session 13 in the seed's shape (first score at fb38794: extent F1 0.980,
    # value accuracy 0.976, value F1 0.957, place -> country 0.962)
    "heldout11": (0.96, 0.95, 0.93, 0.94),
    # heldout12, written blind at the end of session 13 (first score at ad0ca15: extent F1 0.969, value
    # accuracy 0.935, value F1 0.906, place -> country 0.985)
    "heldout12": (0.94, 0.91, 0.88, 0.96),
    # heldout13, written blind in session 14 (first score at 762ec31: extent F1 0.955, value accuracy 0.914,
    # value F1 0.873, place -> country 0.963)
    "heldout13": (0.93, 0.89, 0.85, 0.94),
    # heldout14, written blind in session 14 (first score at ac89293: extent F1 0.986, value accuracy 0.986,
    # value F1 0.971, place -> country 0.985)
    "heldout14": (0.96, 0.96, 0.94, 0.96),
    # heldout15, written blind in session 15 (first score at ea296af: extent F1 0.969, value accuracy 0.863,
    # value F1 0.836, place -> country 0.984)
    "heldout15": (0.94, 0.83, 0.8, 0.95),
    # heldout16, written blind in session 15 (first score at 5d11931, the session's final rules: extent F1
    # 0.986, value accuracy 0.971, value F1 0.957, place -> country 0.970)
    "heldout16": (0.96, 0.94, 0.92, 0.94),
    # heldout17, written blind in session 16 (first score at bcb391f: extent F1 0.968, value accuracy 0.941,
    # value F1 0.911, place -> country 0.969)
    "heldout17": (0.94, 0.91, 0.88, 0.94),
    # heldout18, written blind in session 16 (first score at 0653ca9: extent F1 0.984, value accuracy 0.993,
    # value F1 0.977, place -> country 0.988)
    "heldout18": (0.96, 0.96, 0.95, 0.96),
    # heldout19, written blind in session 17 (first score at 13cbeb1: extent F1 0.977, value accuracy 0.961,
    # value F1 0.939, place -> country 0.985)
    "heldout19": (0.95, 0.93, 0.91, 0.96),
    # heldout20, written blind in session 17 (first score at 72786c6: extent F1 0.981, value accuracy 0.975,
    # value F1 0.957, place -> country 0.996)
    "heldout20": (0.96, 0.95, 0.93, 0.97),
    # heldout21, written blind in session 17 (first score at 1afd929: extent F1 0.974, value accuracy 0.938,
    # value F1 0.913, place -> country 0.988)
    "heldout21": (0.94, 0.91, 0.88, 0.96),
    # heldout22, written blind in session 18 (first score at 832ea44: extent F1 0.969, value accuracy 0.955,
    # value F1 0.925, place -> country 0.946)
    "heldout22": (0.94, 0.92, 0.89, 0.91),
    # heldout23, written blind in session 18 (first score at 9147a36: extent F1 0.969, value accuracy 0.981,
    # value F1 0.951, place -> country 0.985)
    "heldout23": (0.94, 0.95, 0.92, 0.95),
    # heldout24, written blind in session 18 (first score at 1fc83cf: extent F1 0.976, value accuracy 0.968,
    # value F1 0.945, place -> country 0.967)
    "heldout24": (0.95, 0.94, 0.91, 0.93),
    # heldout25, written blind in session 19 (first score at 4af80db: extent F1 0.986, value accuracy 1.000,
    # value F1 0.986, place -> country 1.000)
    "heldout25": (0.95, 0.97, 0.95, 0.97),
    # heldout26, written blind in session 19 (first score at aaa9c25: extent F1 0.952, value accuracy 0.962,
    # value F1 0.916, place -> country 0.959)
    "heldout26": (0.92, 0.93, 0.88, 0.92),
    # heldout27, written blind in session 19 (first score at 2da1625: extent F1 0.973, value accuracy 0.988,
    # value F1 0.961, place -> country 0.965)
    "heldout27": (0.94, 0.95, 0.93, 0.93),
    # heldout28, written blind in session 20 (first score at 92c871e: extent F1 0.971, value accuracy 0.970,
    # value F1 0.943, place -> country 0.960)
    "heldout28": (0.94, 0.94, 0.91, 0.93),
    # heldout29, written blind in session 20 (first score at bbf0e89: extent F1 0.991, value accuracy 0.955,
    # value F1 0.946, place -> country 0.945)
    "heldout29": (0.96, 0.92, 0.91, 0.91),
    # heldout30, written blind in session 21 (first score at c24745c: extent F1 0.973, value accuracy 0.979,
    # value F1 0.952, place -> country 0.974)
    "heldout30": (0.94, 0.94, 0.92, 0.94),
    # heldout31, written blind in session 21 (first score at c24745c: extent F1 0.964, value accuracy 0.969,
    # value F1 0.933, place -> country 0.977)
    "heldout31": (0.93, 0.93, 0.9, 0.94),
    # heldout32, written blind in session 22 (first score at 9b943f6: extent F1 0.979, value accuracy 0.971,
    # value F1 0.951, place -> country 1.000)
    "heldout32": (0.95, 0.94, 0.92, 0.97),
    # heldout33, written blind in session 22 (first score at 9b943f6: extent F1 0.982, value accuracy 0.988,
    # value F1 0.971, place -> country 0.971)
    "heldout33": (0.95, 0.95, 0.94, 0.94),
    # heldout34, written blind in session 22 (first score at 5774266: extent F1 0.962, value accuracy 0.960,
    # value F1 0.924, place -> country 0.966)
    "heldout34": (0.93, 0.93, 0.89, 0.93),
    # heldout35, written blind in session 22 (first score at 5774266: extent F1 0.960, value accuracy 0.930,
    # value F1 0.893, place -> country 0.985)
    "heldout35": (0.93, 0.9, 0.86, 0.95),
    # heldout36, written blind in session 23 (first score at 710706e: extent F1 0.968, value accuracy 0.914,
    # value F1 0.885, place -> country 0.961)
    "heldout36": (0.93, 0.88, 0.85, 0.92),
    # heldout37, written blind in session 23 (first score at 710706e: extent F1 0.980, value accuracy 0.938,
    # value F1 0.919, place -> country 0.992)
    "heldout37": (0.94, 0.9, 0.88, 0.95),
    # heldout38, written blind in session 23 (first score at 53cfeb6: extent F1 0.952, value accuracy 0.973,
    # value F1 0.927, place -> country 0.925)
    "heldout38": (0.92, 0.94, 0.89, 0.89),
    # heldout39, written blind in session 23 (first score at 53cfeb6: extent F1 0.961, value accuracy 0.882,
    # value F1 0.848, place -> country 0.928)
    "heldout39": (0.93, 0.85, 0.81, 0.89),
    # heldout40, written blind in session 24 (first score at e8f2395: extent F1 0.978, value accuracy 0.993,
    # value F1 0.971, place -> country 0.988)
    "heldout40": (0.94, 0.95, 0.93, 0.95),
    # heldout41, written blind in session 24 (first score at e8f2395: extent F1 0.979, value accuracy 0.929,
    # value F1 0.909, place -> country 0.985)
    "heldout41": (0.94, 0.89, 0.87, 0.95),
    # heldout42, written blind in session 24 (first score at e8f2395: extent F1 0.987, value accuracy 0.907,
    # value F1 0.895, place -> country 0.964)
    "heldout42": (0.95, 0.87, 0.86, 0.93),
    # heldout43, written blind in session 24 (first score at e8f2395: extent F1 0.969, value accuracy 0.977,
    # value F1 0.946, place -> country 0.957)
    "heldout43": (0.93, 0.94, 0.91, 0.92),
    # heldout44, written blind in session 25 (first score at df78642: extent F1 0.977, value accuracy 0.966,
    # value F1 0.943, place -> country 0.996)
    "heldout44": (0.93, 0.92, 0.9, 0.95),
    # heldout45, written blind in session 25 (first score at df78642: extent F1 0.959, value accuracy 0.901,
    # value F1 0.865, place -> country 0.970)
    "heldout45": (0.91, 0.86, 0.82, 0.93),
    # heldout46, written blind in session 25 (first score at df78642: extent F1 0.961, value accuracy 0.956,
    # value F1 0.918, place -> country 0.994)
    "heldout46": (0.92, 0.91, 0.87, 0.95),
    # heldout47, written blind in session 25 (first score at df78642: extent F1 0.979, value accuracy 0.925,
    # value F1 0.906, place -> country 0.989)
    "heldout47": (0.93, 0.88, 0.86, 0.94),
    # heldout48, written blind in session 26 (first score at a80ac42: extent F1 0.938, value accuracy 0.924,
    # value F1 0.866, place -> country 0.970)
    "heldout48": (0.89, 0.88, 0.82, 0.93),
    # heldout49, written blind in session 26 (first score at a80ac42: extent F1 0.979, value accuracy 0.944,
    # value F1 0.924, place -> country 0.973)
    "heldout49": (0.93, 0.9, 0.88, 0.93),
    # heldout50, written blind in session 26 (first score at a80ac42: extent F1 0.971, value accuracy 0.946,
    # value F1 0.919, place -> country 0.984)
    "heldout50": (0.93, 0.9, 0.87, 0.94),
    # heldout51, written blind in session 26 (first score at a80ac42: extent F1 0.984, value accuracy 0.980,
    # value F1 0.965, place -> country 1.000)
    "heldout51": (0.94, 0.94, 0.92, 0.96),
    # heldout52, written blind in session 27 (first score at 0a76250: extent F1 0.967, value accuracy 0.856,
    # value F1 0.828, place -> country 0.979)
    "heldout52": (0.92, 0.81, 0.78, 0.93),
    # heldout53, written blind in session 27 (first score at 0a76250: extent F1 0.973, value accuracy 0.861,
    # value F1 0.838, place -> country 0.990)
    "heldout53": (0.93, 0.82, 0.79, 0.95),
    # heldout54, written blind in session 27 (first score at 0a76250: extent F1 0.975, value accuracy 0.913,
    # value F1 0.890, place -> country 0.982)
    "heldout54": (0.93, 0.87, 0.85, 0.94),
    # heldout55, written blind in session 27 (first score at 0a76250: extent F1 0.952, value accuracy 0.809,
    # value F1 0.770, place -> country 0.982)
    "heldout55": (0.91, 0.76, 0.73, 0.94),
    # heldout56, written blind in session 28 (first score at aa2eb8f: extent F1 0.965, value accuracy 0.934,
    # value F1 0.901, place -> country 0.962)
    "heldout56": (0.92, 0.89, 0.86, 0.92),
    # heldout57, written blind in session 28 (first score at aa2eb8f: extent F1 0.947, value accuracy 0.868,
    # value F1 0.822, place -> country 0.955)
    "heldout57": (0.9, 0.82, 0.78, 0.91),
    # heldout58, written blind in session 28 (first score at aa2eb8f: extent F1 0.981, value accuracy 0.908,
    # value F1 0.890, place -> country 0.961)
    "heldout58": (0.94, 0.86, 0.85, 0.92),
    # heldout59, written blind in session 28 (first score at aa2eb8f: extent F1 0.966, value accuracy 0.929,
    # value F1 0.897, place -> country 0.981)
    "heldout59": (0.92, 0.88, 0.85, 0.94),
    # heldout60, written blind in session 29 (first score at 35fc860: extent F1 0.981, value accuracy 0.865,
    # value F1 0.848, place -> country 0.974)
    "heldout60": (0.94, 0.82, 0.8, 0.93),
    # heldout61, written blind in session 29 (first score at 35fc860: extent F1 0.954, value accuracy 0.881,
    # value F1 0.841, place -> country 0.981)
    "heldout61": (0.91, 0.84, 0.8, 0.94),
    # heldout62, written blind in session 29 (first score at 35fc860: extent F1 0.958, value accuracy 0.929,
    # value F1 0.890, place -> country 0.971)
    "heldout62": (0.91, 0.88, 0.85, 0.93),
    # heldout63, written blind in session 29 (first score at 35fc860: extent F1 0.981, value accuracy 0.941,
    # value F1 0.923, place -> country 0.990)
    "heldout63": (0.94, 0.9, 0.88, 0.95),
    "heldout7": (0.95, 0.92, 0.89, 0.97),
    "heldout": (0.95, 0.94, 0.92, 0.97),
}


@pytest.mark.parametrize("folder", sorted(FLOORS))
def test_date_and_place_floors(folder: str) -> None:
    if not (ARTICLES / folder).is_dir():
        pytest.skip(f"{folder} is absent")
    dates, places, n = score_gold_folders([ARTICLES / folder])
    assert n >= 8
    got = (dates.relaxed.f1, dates.value_accuracy, dates.value.f1, places.accuracy)
    names = ("extent F1", "value accuracy", "value F1", "place -> country")
    below = {k: round(v, 3) for k, v, floor in zip(names, got, FLOORS[folder], strict=True) if v < floor}
    assert not below, f"{folder}: below the floor: {below}"
