"""The events gate: type + actor F1 on the annotated gold articles must not fall below these floors.

dev/ is what the event rules were written against; dev2/ was annotated before the system was first run on it.
Its first score (commit of the dev2 gold, dev at type+actor F1 0.67): type+actor P 0.623 R 0.508 F1 0.559,
type+actor+recipient F1 0.390, status right on 26/33 matched. Raise a floor when a change lifts the score;
never lower one to pass.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from parley.events.score import EventScores, score_folders

ARTICLES = Path(__file__).resolve().parent.parent / "data" / "articles"

MIN_FILES = {"dev6": 6}  # a set of six articles; the rest hold eight or more
FLOORS = {
    "dev": {"type_actor_f1": 0.79, "with_recipient_f1": 0.63, "status": 0.95},
    "dev2": {"type_actor_f1": 0.81, "with_recipient_f1": 0.66, "status": 0.90},
    # dev3 was annotated by another hand (first score at 1f25e13, dev at 0.731, dev2 at 0.794: type+actor
    # P 0.608 R 0.316 F1 0.416, with recipient F1 0.268, status right on 23/31 matched)
    "dev3": {"type_actor_f1": 0.63, "with_recipient_f1": 0.43, "status": 0.82},
    # dev4 was annotated blind (first score at 4d30ddb: type+actor P 0.636 R 0.408 F1 0.497, with recipient
    # F1 0.355, status right on 34/42 matched)
    "dev4": {"type_actor_f1": 0.58, "with_recipient_f1": 0.38, "status": 0.83},
    # dev5 and dev6 were annotated blind (first scored in session 3: dev5 type+actor F1 0.716, with
    # recipient 0.385, status 34/39; dev6 0.583, 0.375, 25/28); floors set when refusals and misparse repairs
    # lifted them to dev5 0.734 / 0.422 / 34 of 40 and dev6 0.667 / 0.412 / 30 of 34
    "dev5": {"type_actor_f1": 0.74, "with_recipient_f1": 0.56, "status": 0.82},
    "dev6": {"type_actor_f1": 0.64, "with_recipient_f1": 0.47, "status": 0.85},
    # dev7 was written blind like the heldout sets (first events score at a56e85a: type+actor F1 0.532, with
    # recipient 0.289, status 40/46); floors set at 0.594 / 0.343 / 45 of 52 after merge and concession fixes
    "dev7": {"type_actor_f1": 0.69, "with_recipient_f1": 0.42, "status": 0.82},
    # dev8 was written blind (first events score at d9af033: type+actor F1 0.663, with recipient 0.379, status
    # 55/63); floors set at 0.713 / 0.416 / 64 of 72 after the print-edition cleaner and relative objects
    # raised in round 4 of issue 6 (veiled threats, proposals, signers): dev 0.800, dev7 0.670, dev8 0.771
    # round 5 (border closures, a verb hung on its subject name): dev7 0.699
    "dev8": {"type_actor_f1": 0.76, "with_recipient_f1": 0.52, "status": 0.85},
    # dev10-dev12 written blind in session 6 (first type+actor F1 0.612 / 0.630 / 0.655); floors set in
    # round 6 of issue 6 (named bodies, wants, speakers for bodies) at 0.638 / 0.681 / 0.685, status 43/52,
    # 58/63, 50/61
    "dev10": {"type_actor_f1": 0.62, "with_recipient_f1": 0.46, "status": 0.80},
    "dev11": {"type_actor_f1": 0.66, "with_recipient_f1": 0.52, "status": 0.90},
    "dev12": {"type_actor_f1": 0.67, "with_recipient_f1": 0.50, "status": 0.80},
    # heldout: events annotated blind in session 2 (first at 217ec84: type+actor P 0.746 R 0.370 F1 0.494,
    # with recipient 0.337, status 39/44); heldout2 written blind (first score at 62689c3: P 0.730 R 0.468
    # F1 0.570, with recipient 0.377, status 57/65).
    "heldout": {"type_actor_f1": 0.48, "with_recipient_f1": 0.33, "status": 0.85},
    # heldout3 written blind in session 3 (first score at 9217e5e: P 0.697 R 0.546 F1 0.613, with recipient
    # 0.428, status 47/53).
    "heldout3": {"type_actor_f1": 0.58, "with_recipient_f1": 0.40, "status": 0.85},
    # heldout4 written blind in session 4 (first score at 2dea0e4: P 0.667 R 0.599 F1 0.631, with recipient
    # 0.431, status 65/82).
    "heldout4": {"type_actor_f1": 0.60, "with_recipient_f1": 0.40, "status": 0.76},
    # dev15 and dev16 written blind in session 5 (first scores at b8ab65a: P 0.770 R 0.663 F1 0.713, with
    # recipient 0.532, status 60/67; and P 0.706 R 0.664 F1 0.684, with recipient 0.524, status 64/77).
    "dev15": {"type_actor_f1": 0.69, "with_recipient_f1": 0.50, "status": 0.86},
    "dev16": {"type_actor_f1": 0.66, "with_recipient_f1": 0.50, "status": 0.80},
    # heldout5 written blind in session 5 (first score at d88cc91: P 0.693 R 0.664 F1 0.678, with recipient
    # 0.489, status 63/79).
    "heldout5": {"type_actor_f1": 0.65, "with_recipient_f1": 0.46, "status": 0.76},
    # heldout6 written blind in session 6 (first score at 7e917e6: P 0.606 R 0.570 F1 0.587, with recipient
    # 0.444, status 75/86).
    "heldout6": {"type_actor_f1": 0.56, "with_recipient_f1": 0.42, "status": 0.85},
    # dev22 and heldout7 written blind in session 7 (first scores at bb687f1: F1 0.589 / 0.660, with
    # recipient 0.408 / 0.418, status 0.802 / 0.731).
    "dev22": {"type_actor_f1": 0.56, "with_recipient_f1": 0.38, "status": 0.77},
    # dev23 (first score at bb687f1: F1 0.663, with recipient 0.467, status 0.852)
    "dev23": {"type_actor_f1": 0.63, "with_recipient_f1": 0.44, "status": 0.82},
    # dev24 (first score at 50a8804: F1 0.635, with recipient 0.493, status 0.839)
    "dev24": {"type_actor_f1": 0.61, "with_recipient_f1": 0.46, "status": 0.81},
    # heldout8, written blind in session 8 (first score at 50a8804: F1 0.610, with recipient 0.383, status
    # 0.826)
    "heldout8": {"type_actor_f1": 0.58, "with_recipient_f1": 0.35, "status": 0.79},
    # dev25 (first score at 725dbef: F1 0.695, with recipient 0.460, status 0.824)
    "dev25": {"type_actor_f1": 0.67, "with_recipient_f1": 0.43, "status": 0.80},
    # dev26 (first score at 6a28f26: F1 0.632, with recipient 0.436, status 0.810)
    "dev26": {"type_actor_f1": 0.6, "with_recipient_f1": 0.4, "status": 0.78},
    # heldout9, written blind in session 9 (first score at 725dbef: F1 0.634, with recipient 0.438, status
    # 0.866)
    "heldout9": {"type_actor_f1": 0.61, "with_recipient_f1": 0.41, "status": 0.84},
    # dev27 (first score at 7184784: F1 0.673, with recipient 0.464, status 0.822)
    "dev27": {"type_actor_f1": 0.64, "with_recipient_f1": 0.43, "status": 0.79},
    # dev28 (first score in session 13: F1 0.571, with recipient 0.437, status 0.809)
    "dev28": {"type_actor_f1": 0.54, "with_recipient_f1": 0.41, "status": 0.78},
    # dev29 (first score in session 13: F1 0.635, with recipient 0.457, status 0.892)
    "dev29": {"type_actor_f1": 0.6, "with_recipient_f1": 0.43, "status": 0.86},
    # dev30 (first score at 3be2f0e: F1 0.620, with recipient 0.445, status 0.800)
    "dev30": {"type_actor_f1": 0.59, "with_recipient_f1": 0.41, "status": 0.77},
    # dev31, other genres (first score at 4916c31: F1 0.610, with recipient 0.414, status 0.689)
    "dev31": {"type_actor_f1": 0.58, "with_recipient_f1": 0.38, "status": 0.66},
    # dev32 (first score at 5b79133: F1 0.613, with recipient 0.407, status 0.783)
    "dev32": {"type_actor_f1": 0.58, "with_recipient_f1": 0.38, "status": 0.75},
    # dev33 (first score at c1fa462: F1 0.633, with recipient 0.473, status 0.760)
    "dev33": {"type_actor_f1": 0.6, "with_recipient_f1": 0.44, "status": 0.73},
    # dev34 (first score at c1fa462: F1 0.542, with recipient 0.333, status 0.872)
    "dev34": {"type_actor_f1": 0.51, "with_recipient_f1": 0.3, "status": 0.84},
    # dev35 (first score at f062396: F1 0.585, with recipient 0.468, status 0.900)
    "dev35": {"type_actor_f1": 0.55, "with_recipient_f1": 0.43, "status": 0.87},
    # dev36 (first score at f062396: F1 0.671, with recipient 0.441, status 0.750)
    "dev36": {"type_actor_f1": 0.64, "with_recipient_f1": 0.41, "status": 0.72},
    # dev37 (first score at 5e2b616: F1 0.645, with recipient 0.464, status 0.794)
    "dev37": {"type_actor_f1": 0.61, "with_recipient_f1": 0.43, "status": 0.76},
    # dev38 and dev39, written blind in session 15 (first scores at ea296af: F1 0.556 and 0.682, with
    # recipient 0.391 and 0.494, status 0.851 and 0.846)
    "dev38": {"type_actor_f1": 0.52, "with_recipient_f1": 0.36, "status": 0.82},
    "dev39": {"type_actor_f1": 0.65, "with_recipient_f1": 0.46, "status": 0.81},
    # dev40 (first score at 23e7ea1: F1 0.596, with recipient 0.407, status 0.805)
    "dev40": {"type_actor_f1": 0.56, "with_recipient_f1": 0.37, "status": 0.77},
    # dev41, dev42 and dev43 (first scores at bcb391f: F1 0.650, 0.565 and 0.654, with recipient 0.487, 0.382
    # and 0.513, status 0.750, 0.865 and 0.794)
    "dev41": {"type_actor_f1": 0.61, "with_recipient_f1": 0.45, "status": 0.71},
    "dev42": {"type_actor_f1": 0.52, "with_recipient_f1": 0.34, "status": 0.82},
    "dev43": {"type_actor_f1": 0.61, "with_recipient_f1": 0.47, "status": 0.75},
    # dev44 (first score at afda27a: F1 0.542, with recipient 0.359, status 0.915)
    "dev44": {"type_actor_f1": 0.5, "with_recipient_f1": 0.32, "status": 0.87},
    # dev45 and dev46, written blind in session 17 (first scores at 63354e1: F1 0.649 and 0.594, with
    # recipient 0.458 and 0.358, status 0.894 and 0.871)
    "dev45": {"type_actor_f1": 0.61, "with_recipient_f1": 0.42, "status": 0.86},
    "dev46": {"type_actor_f1": 0.56, "with_recipient_f1": 0.32, "status": 0.84},
    # dev47, written blind in session 17 (first score at 1afd929: F1 0.650, with recipient 0.397, status
    # 0.621)
    "dev47": {"type_actor_f1": 0.61, "with_recipient_f1": 0.36, "status": 0.59},
    # dev48, written blind in session 18 (first score at 832ea44: F1 0.644, with recipient 0.349, status
    # 0.792)
    "dev48": {"type_actor_f1": 0.6, "with_recipient_f1": 0.31, "status": 0.75},
    # dev49, written blind in session 18 (first score at 832ea44: F1 0.649, with recipient 0.483, status
    # 0.895)
    "dev49": {"type_actor_f1": 0.61, "with_recipient_f1": 0.44, "status": 0.85},
    # dev50, written blind in session 18 (first score at 31c668c: F1 0.575, with recipient 0.368, status
    # 0.893)
    "dev50": {"type_actor_f1": 0.54, "with_recipient_f1": 0.33, "status": 0.85},
    # dev51, written blind in session 18 (first score at 1fc83cf: F1 0.593, with recipient 0.434, status
    # 0.940)
    "dev51": {"type_actor_f1": 0.55, "with_recipient_f1": 0.4, "status": 0.9},
    # dev52, written blind in session 19 (first score at aaa9c25: F1 0.590, with recipient 0.476, status
    # 0.836)
    "dev52": {"type_actor_f1": 0.55, "with_recipient_f1": 0.44, "status": 0.8},
    # dev53, written blind in session 19 (first score at aaa9c25: F1 0.625, with recipient 0.414, status
    # 0.607)
    "dev53": {"type_actor_f1": 0.58, "with_recipient_f1": 0.37, "status": 0.57},
    # dev54, written blind in session 19 (first score at aaa9c25: F1 0.629, with recipient 0.403, status
    # 0.800)
    "dev54": {"type_actor_f1": 0.59, "with_recipient_f1": 0.36, "status": 0.76},
    # dev55, written blind in session 19 (first score at 2da1625: F1 0.671, with recipient 0.484, status
    # 0.871)
    "dev55": {"type_actor_f1": 0.63, "with_recipient_f1": 0.44, "status": 0.83},
    # dev56, written blind in session 20 (first score at 92c871e: F1 0.658, with recipient 0.477, status
    # 0.825)
    "dev56": {"type_actor_f1": 0.62, "with_recipient_f1": 0.44, "status": 0.79},
    # dev57, written blind in session 20 (first score at bbf0e89: F1 0.637, with recipient 0.493, status
    # 0.775)
    "dev57": {"type_actor_f1": 0.6, "with_recipient_f1": 0.45, "status": 0.74},
    # dev58, written blind in session 20 (first score at bbf0e89: F1 0.674, with recipient 0.536, status
    # 0.710)
    "dev58": {"type_actor_f1": 0.64, "with_recipient_f1": 0.5, "status": 0.67},
    # dev59, written blind in session 21 (first score at the commit after f522536, which reads its text
    # browser's dump: F1 0.644, with recipient 0.455, status 0.840)
    "dev59": {"type_actor_f1": 0.61, "with_recipient_f1": 0.42, "status": 0.8},
    # dev60, written blind in session 21 (first score at 743c139: F1 0.561, with recipient 0.416, status
    # 0.855)
    "dev60": {"type_actor_f1": 0.53, "with_recipient_f1": 0.38, "status": 0.82},
    # dev61, written blind in session 21 (first score at 743c139: F1 0.613, with recipient 0.424, status
    # 0.780)
    "dev61": {"type_actor_f1": 0.58, "with_recipient_f1": 0.39, "status": 0.74},
    # dev62, written blind in session 22 (first score at 9b943f6: F1 0.635, with recipient 0.522, status
    # 0.932)
    "dev62": {"type_actor_f1": 0.6, "with_recipient_f1": 0.49, "status": 0.9},
    # dev63, written blind in session 22 (first score at 9b943f6: F1 0.635, with recipient 0.419, status
    # 0.818)
    "dev63": {"type_actor_f1": 0.6, "with_recipient_f1": 0.39, "status": 0.78},
    # dev64, written blind in session 22 (first score at 9b943f6: F1 0.633, with recipient 0.420, status
    # 0.809)
    "dev64": {"type_actor_f1": 0.6, "with_recipient_f1": 0.39, "status": 0.77},
    # dev65, written blind in session 22 (first score at 5774266: F1 0.655, with recipient 0.468, status
    # 0.747)
    "dev65": {"type_actor_f1": 0.62, "with_recipient_f1": 0.43, "status": 0.71},
    # dev66, written blind in session 22 (first score at 5774266: F1 0.591, with recipient 0.425, status
    # 0.747)
    "dev66": {"type_actor_f1": 0.56, "with_recipient_f1": 0.39, "status": 0.71},
    # dev67, written blind in session 23 (first score at 710706e: F1 0.690, with recipient 0.503, status
    # 0.860)
    "dev67": {"type_actor_f1": 0.65, "with_recipient_f1": 0.46, "status": 0.82},
    # dev68, written blind in session 23 (first score at 710706e: F1 0.623, with recipient 0.397, status
    # 0.750)
    "dev68": {"type_actor_f1": 0.59, "with_recipient_f1": 0.36, "status": 0.71},
    # dev69, written blind in session 24 (first score at 93897bb: F1 0.644, with recipient 0.443, status
    # 0.806)
    "dev69": {"type_actor_f1": 0.6, "with_recipient_f1": 0.4, "status": 0.77},
    # dev70, written blind in session 24 (first score at 93897bb: F1 0.631, with recipient 0.482, status
    # 0.843)
    "dev70": {"type_actor_f1": 0.59, "with_recipient_f1": 0.44, "status": 0.8},
    # dev71, written blind in session 25 (first score at df78642: F1 0.709, with recipient 0.481, status
    # 0.881)
    "dev71": {"type_actor_f1": 0.67, "with_recipient_f1": 0.44, "status": 0.84},
    # dev72, written blind in session 25 (first score at df78642: F1 0.626, with recipient 0.448, status
    # 0.852)
    "dev72": {"type_actor_f1": 0.59, "with_recipient_f1": 0.41, "status": 0.81},
    # dev73, written blind in session 26 (first score at a80ac42: F1 0.692, with recipient 0.462, status
    # 0.848)
    "dev73": {"type_actor_f1": 0.65, "with_recipient_f1": 0.42, "status": 0.81},
    # dev74, written blind in session 26 (first score at a80ac42: F1 0.648, with recipient 0.413, status
    # 0.892)
    "dev74": {"type_actor_f1": 0.61, "with_recipient_f1": 0.37, "status": 0.85},
    # dev75, written blind in session 27 (first score at 0a76250: F1 0.537, with recipient 0.335, status
    # 0.826)
    "dev75": {"type_actor_f1": 0.49, "with_recipient_f1": 0.29, "status": 0.78},
    # dev76, written blind in session 27 (first score at 0a76250: F1 0.631, with recipient 0.498, status
    # 0.789)
    "dev76": {"type_actor_f1": 0.59, "with_recipient_f1": 0.45, "status": 0.74},
    # dev77, written blind in session 28 (first score at aa2eb8f: F1 0.688, with recipient 0.482, status
    # 0.785)
    "dev77": {"type_actor_f1": 0.64, "with_recipient_f1": 0.44, "status": 0.74},
    # dev78, written blind in session 28 (first score at aa2eb8f: F1 0.731, with recipient 0.551, status
    # 0.873)
    "dev78": {"type_actor_f1": 0.69, "with_recipient_f1": 0.51, "status": 0.83},
    # dev79, written blind in session 29 (first score at 35fc860: F1 0.697, with recipient 0.462, status
    # 0.843)
    "dev79": {"type_actor_f1": 0.65, "with_recipient_f1": 0.42, "status": 0.8},
    # dev80, written blind in session 29 (first score at 35fc860: F1 0.603, with recipient 0.437, status
    # 0.829)
    "dev80": {"type_actor_f1": 0.56, "with_recipient_f1": 0.39, "status": 0.78},
    # heldout10, written blind in session 10 (first score at 7184784: F1 0.629, with recipient 0.459, status
    # 0.809)
    "heldout10": {"type_actor_f1": 0.6, "with_recipient_f1": 0.43, "status": 0.78},
    # heldout11, written blind in session 13 (first score at fb38794: F1 0.592, with recipient 0.413, status
    # 0.833)
    "heldout11": {"type_actor_f1": 0.56, "with_recipient_f1": 0.38, "status": 0.8},
    # heldout12, written blind at the end of session 13 (first score at ad0ca15: F1 0.688, with recipient
    # 0.495, status 0.840)
    "heldout12": {"type_actor_f1": 0.65, "with_recipient_f1": 0.46, "status": 0.81},
    # heldout13, written blind in session 14 (first score at 762ec31: F1 0.600, with recipient 0.370, status
    # 0.883)
    "heldout13": {"type_actor_f1": 0.57, "with_recipient_f1": 0.34, "status": 0.85},
    # heldout14, written blind in session 14 (first score at ac89293: F1 0.685, with recipient 0.425, status
    # 0.931)
    "heldout14": {"type_actor_f1": 0.65, "with_recipient_f1": 0.39, "status": 0.9},
    # heldout15, written blind in session 15 (first score at ea296af: F1 0.562, with recipient 0.410, status
    # 0.831)
    "heldout15": {"type_actor_f1": 0.53, "with_recipient_f1": 0.38, "status": 0.8},
    # heldout16, written blind in session 15 (first score at 5d11931, the session's final rules: F1 0.595,
    # with recipient 0.420, status 0.934)
    "heldout16": {"type_actor_f1": 0.56, "with_recipient_f1": 0.39, "status": 0.9},
    # heldout17, written blind in session 16 (first score at bcb391f: F1 0.656, with recipient 0.502, status
    # 0.864)
    "heldout17": {"type_actor_f1": 0.61, "with_recipient_f1": 0.46, "status": 0.82},
    # heldout18, written blind in session 16 (first score at 0653ca9: F1 0.633, with recipient 0.458, status
    # 0.872)
    "heldout18": {"type_actor_f1": 0.59, "with_recipient_f1": 0.42, "status": 0.83},
    # heldout19, written blind in session 17 (first score at 13cbeb1: F1 0.638, with recipient 0.482, status
    # 0.939)
    "heldout19": {"type_actor_f1": 0.6, "with_recipient_f1": 0.45, "status": 0.9},
    # heldout20, written blind in session 17 (first score at 72786c6: F1 0.656, with recipient 0.506, status
    # 0.835)
    "heldout20": {"type_actor_f1": 0.62, "with_recipient_f1": 0.47, "status": 0.8},
    # heldout21, written blind in session 17 (first score at 1afd929: F1 0.615, with recipient 0.484, status
    # 0.933)
    "heldout21": {"type_actor_f1": 0.58, "with_recipient_f1": 0.45, "status": 0.9},
    # heldout22, written blind in session 18 (first score at 832ea44: F1 0.650, with recipient 0.420, status
    # 0.734)
    "heldout22": {"type_actor_f1": 0.61, "with_recipient_f1": 0.38, "status": 0.69},
    # heldout23, written blind in session 18 (first score at 9147a36: F1 0.591, with recipient 0.397, status
    # 0.686)
    "heldout23": {"type_actor_f1": 0.55, "with_recipient_f1": 0.36, "status": 0.64},
    # heldout24, written blind in session 18 (first score at 1fc83cf: F1 0.691, with recipient 0.536, status
    # 0.868)
    "heldout24": {"type_actor_f1": 0.65, "with_recipient_f1": 0.5, "status": 0.83},
    # heldout25, written blind in session 19 (first score at 4af80db: F1 0.684, with recipient 0.464, status
    # 0.889)
    "heldout25": {"type_actor_f1": 0.64, "with_recipient_f1": 0.42, "status": 0.85},
    # heldout26, written blind in session 19 (first score at aaa9c25: F1 0.684, with recipient 0.481, status
    # 0.864)
    "heldout26": {"type_actor_f1": 0.64, "with_recipient_f1": 0.44, "status": 0.83},
    # heldout27, written blind in session 19 (first score at 2da1625: F1 0.689, with recipient 0.454, status
    # 0.878)
    "heldout27": {"type_actor_f1": 0.65, "with_recipient_f1": 0.41, "status": 0.84},
    # heldout28, written blind in session 20 (first score at 92c871e: F1 0.604, with recipient 0.363, status
    # 0.880)
    "heldout28": {"type_actor_f1": 0.57, "with_recipient_f1": 0.33, "status": 0.84},
    # heldout29, written blind in session 20 (first score at bbf0e89: F1 0.628, with recipient 0.534, status
    # 0.897)
    "heldout29": {"type_actor_f1": 0.59, "with_recipient_f1": 0.5, "status": 0.86},
    # heldout30, written blind in session 21 (first score at c24745c: F1 0.634, with recipient 0.472, status
    # 0.911)
    "heldout30": {"type_actor_f1": 0.6, "with_recipient_f1": 0.44, "status": 0.88},
    # heldout31, written blind in session 21 (first score at c24745c: F1 0.635, with recipient 0.505, status
    # 0.886)
    "heldout31": {"type_actor_f1": 0.6, "with_recipient_f1": 0.47, "status": 0.85},
    # heldout32, written blind in session 22 (first score at 9b943f6: F1 0.634, with recipient 0.460, status
    # 0.929)
    "heldout32": {"type_actor_f1": 0.6, "with_recipient_f1": 0.43, "status": 0.89},
    # heldout33, written blind in session 22 (first score at 9b943f6: F1 0.624, with recipient 0.481, status
    # 0.797)
    "heldout33": {"type_actor_f1": 0.59, "with_recipient_f1": 0.45, "status": 0.76},
    # heldout34, written blind in session 22 (first score at 5774266: F1 0.631, with recipient 0.538, status
    # 0.902)
    "heldout34": {"type_actor_f1": 0.6, "with_recipient_f1": 0.5, "status": 0.86},
    # heldout35, written blind in session 22 (first score at 5774266: F1 0.664, with recipient 0.484, status
    # 0.859)
    "heldout35": {"type_actor_f1": 0.63, "with_recipient_f1": 0.45, "status": 0.82},
    # heldout36, written blind in session 23 (first score at 710706e: F1 0.676, with recipient 0.500, status
    # 0.859)
    "heldout36": {"type_actor_f1": 0.64, "with_recipient_f1": 0.46, "status": 0.82},
    # heldout37, written blind in session 23 (first score at 710706e: F1 0.642, with recipient 0.530, status
    # 0.884)
    "heldout37": {"type_actor_f1": 0.6, "with_recipient_f1": 0.49, "status": 0.84},
    # heldout38, written blind in session 23 (first score at 53cfeb6: F1 0.640, with recipient 0.504, status
    # 0.863)
    "heldout38": {"type_actor_f1": 0.6, "with_recipient_f1": 0.46, "status": 0.82},
    # heldout39, written blind in session 23 (first score at 53cfeb6: F1 0.601, with recipient 0.412, status
    # 0.918)
    "heldout39": {"type_actor_f1": 0.56, "with_recipient_f1": 0.37, "status": 0.88},
    # heldout40, written blind in session 24 (first score at e8f2395: F1 0.687, with recipient 0.405, status
    # 0.833)
    "heldout40": {"type_actor_f1": 0.65, "with_recipient_f1": 0.37, "status": 0.8},
    # heldout41, written blind in session 24 (first score at e8f2395: F1 0.630, with recipient 0.391, status
    # 0.905)
    "heldout41": {"type_actor_f1": 0.59, "with_recipient_f1": 0.35, "status": 0.87},
    # heldout42, written blind in session 24 (first score at e8f2395: F1 0.639, with recipient 0.479, status
    # 0.855)
    "heldout42": {"type_actor_f1": 0.6, "with_recipient_f1": 0.44, "status": 0.82},
    # heldout43, written blind in session 24 (first score at e8f2395: F1 0.608, with recipient 0.350, status
    # 0.822)
    "heldout43": {"type_actor_f1": 0.57, "with_recipient_f1": 0.31, "status": 0.79},
    # heldout44, written blind in session 25 (first score at df78642: F1 0.581, with recipient 0.481, status
    # 0.771)
    "heldout44": {"type_actor_f1": 0.54, "with_recipient_f1": 0.44, "status": 0.73},
    # heldout45, written blind in session 25 (first score at df78642: F1 0.747, with recipient 0.607, status
    # 0.885)
    "heldout45": {"type_actor_f1": 0.71, "with_recipient_f1": 0.57, "status": 0.85},
    # heldout46, written blind in session 25 (first score at df78642: F1 0.637, with recipient 0.491, status
    # 0.759)
    "heldout46": {"type_actor_f1": 0.6, "with_recipient_f1": 0.45, "status": 0.72},
    # heldout47, written blind in session 25 (first score at df78642: F1 0.637, with recipient 0.430, status
    # 0.850)
    "heldout47": {"type_actor_f1": 0.6, "with_recipient_f1": 0.39, "status": 0.81},
    # heldout48, written blind in session 26 (first score at a80ac42: F1 0.678, with recipient 0.456, status
    # 0.842)
    "heldout48": {"type_actor_f1": 0.64, "with_recipient_f1": 0.42, "status": 0.8},
    # heldout49, written blind in session 26 (first score at a80ac42: F1 0.652, with recipient 0.430, status
    # 0.824)
    "heldout49": {"type_actor_f1": 0.61, "with_recipient_f1": 0.39, "status": 0.78},
    # heldout50, written blind in session 26 (first score at a80ac42: F1 0.657, with recipient 0.513, status
    # 0.839)
    "heldout50": {"type_actor_f1": 0.62, "with_recipient_f1": 0.47, "status": 0.8},
    # heldout51, written blind in session 26 (first score at a80ac42: F1 0.679, with recipient 0.504, status
    # 0.785)
    "heldout51": {"type_actor_f1": 0.64, "with_recipient_f1": 0.46, "status": 0.75},
    # heldout52, written blind in session 27 (first score at 0a76250: F1 0.722, with recipient 0.543, status
    # 0.812)
    "heldout52": {"type_actor_f1": 0.68, "with_recipient_f1": 0.5, "status": 0.77},
    # heldout53, written blind in session 27 (first score at 0a76250: F1 0.646, with recipient 0.468, status
    # 0.804)
    "heldout53": {"type_actor_f1": 0.6, "with_recipient_f1": 0.42, "status": 0.76},
    # heldout54, written blind in session 27 (first score at 0a76250: F1 0.603, with recipient 0.456, status
    # 0.902)
    "heldout54": {"type_actor_f1": 0.56, "with_recipient_f1": 0.41, "status": 0.86},
    # heldout55, written blind in session 27 (first score at 0a76250: F1 0.656, with recipient 0.424, status
    # 0.879)
    "heldout55": {"type_actor_f1": 0.61, "with_recipient_f1": 0.38, "status": 0.83},
    # heldout56, written blind in session 28 (first score at aa2eb8f: F1 0.527, with recipient 0.368, status
    # 0.890)
    "heldout56": {"type_actor_f1": 0.48, "with_recipient_f1": 0.32, "status": 0.85},
    # heldout57, written blind in session 28 (first score at aa2eb8f: F1 0.626, with recipient 0.444, status
    # 0.737)
    "heldout57": {"type_actor_f1": 0.58, "with_recipient_f1": 0.4, "status": 0.69},
    # heldout58, written blind in session 28 (first score at aa2eb8f: F1 0.669, with recipient 0.508, status
    # 0.880)
    "heldout58": {"type_actor_f1": 0.62, "with_recipient_f1": 0.46, "status": 0.83},
    # heldout59, written blind in session 28 (first score at aa2eb8f: F1 0.603, with recipient 0.420, status
    # 0.785)
    "heldout59": {"type_actor_f1": 0.56, "with_recipient_f1": 0.38, "status": 0.74},
    # heldout60, written blind in session 29 (first score at 35fc860: F1 0.711, with recipient 0.479, status
    # 0.861)
    "heldout60": {"type_actor_f1": 0.67, "with_recipient_f1": 0.43, "status": 0.82},
    # heldout61, written blind in session 29 (first score at 35fc860: F1 0.586, with recipient 0.404, status
    # 0.879)
    "heldout61": {"type_actor_f1": 0.54, "with_recipient_f1": 0.36, "status": 0.83},
    # heldout62, written blind in session 29 (first score at 35fc860: F1 0.621, with recipient 0.432, status
    # 0.805)
    "heldout62": {"type_actor_f1": 0.58, "with_recipient_f1": 0.39, "status": 0.76},
    # heldout63, written blind in session 29 (first score at 35fc860: F1 0.636, with recipient 0.364, status
    # 0.738)
    "heldout63": {"type_actor_f1": 0.59, "with_recipient_f1": 0.32, "status": 0.69},
    "heldout7": {"type_actor_f1": 0.63, "with_recipient_f1": 0.39, "status": 0.70},
    # dev17 written blind in session 5 (first score at bd7d4f1: P 0.674 R 0.651 F1 0.662, with recipient
    # 0.498, status 75/97).
    "dev17": {"type_actor_f1": 0.64, "with_recipient_f1": 0.47, "status": 0.74},
    # dev18 written blind in session 6 (first score at db791b7: P 0.667 R 0.649 F1 0.658, with recipient
    # 0.486, status 97/126).
    "dev18": {"type_actor_f1": 0.63, "with_recipient_f1": 0.46, "status": 0.74},
    # dev19 written blind in session 6 (first score at 5708ed4: P 0.639 R 0.606 F1 0.623, with recipient
    # 0.457, status 77/94).
    "dev19": {"type_actor_f1": 0.60, "with_recipient_f1": 0.43, "status": 0.78},
    # dev20 written blind in session 6 (first score at fc81ee9: P 0.614 R 0.500 F1 0.551, with recipient
    # 0.394, status 51/70).
    "dev20": {"type_actor_f1": 0.52, "with_recipient_f1": 0.37, "status": 0.70},
    # dev21 written blind in session 6 (first score at 1181b00: P 0.629 R 0.649 F1 0.639, with recipient
    # 0.461, status 47/61).
    "dev21": {"type_actor_f1": 0.61, "with_recipient_f1": 0.43, "status": 0.74},
    # dev14 was the blind heldout2 until session 4 (now development data; see tests/clean/test_clean_dev.py)
    "dev14": {"type_actor_f1": 0.55, "with_recipient_f1": 0.36, "status": 0.85},
}


@pytest.fixture(scope="module", params=sorted(FLOORS))
def scored(request: pytest.FixtureRequest) -> tuple[str, EventScores]:
    scores = score_folders([ARTICLES / request.param])
    print(f"\n[{request.param}]\n{scores.report()}")
    return request.param, scores


def test_event_floors(scored: tuple[str, EventScores]) -> None:
    name, s = scored
    assert s.files >= MIN_FILES.get(name, 8)
    got = {
        "type_actor_f1": s.type_actor.f1,
        "with_recipient_f1": s.with_recipient.f1,
        "status": s.status_accuracy,
    }
    below = {k: round(v, 3) for k, v in got.items() if v < FLOORS[name][k]}
    assert not below, f"{name}: below the floor: {below} (floors {FLOORS[name]})"
