"""The evaluation gate: parley's scores on the team's gold articles must not fall below these floors.

dev/ is what the rules were written against; heldout/ was written separately and is only scored, so its
floors are the honest ones. Raise a floor when a change lifts the score; never lower one to pass.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import parley
from parley.evaluation import ArticleScores, score_folder

ARTICLES = Path(__file__).resolve().parent / "data" / "articles"

FLOORS = {
    "dev": {
        "body_exact": 1.0,
        "published": 1.0,
        "body_token_f1": 0.99,
        "entity_f1": 0.94,
        "person_f1": 0.99,
        "place_f1": 0.97,
        "country": 0.95,
    },
    # dev2 was written after the cleaner and scored before any rule looked at it (first score: body 7/8).
    "dev2": {"body_exact": 0.75, "published": 1.0, "body_token_f1": 0.98, "entity_f1": 0.93,
             "person_f1": 0.99, "place_f1": 0.95, "country": 0.88},
    # dev3 was written for the conventions the cleaner had not seen and scored before any rule looked at
    # it (first score: body 0/10, token P 0.859 R 1.000); the rules were then written against it.
    "dev3": {"body_exact": 1.0, "published": 1.0, "body_token_f1": 0.99, "entity_f1": 0.94,
             "person_f1": 0.98, "place_f1": 0.97, "country": 0.9},
    # dev4 was written blind for the cleaner's weak spots (unmarked captions, takeaway boxes, in-story
    # lists, bios) and scored before any rule looked at it (first score at 4d30ddb: body 2/10, token
    # P 0.964 R 0.971 F1 0.968, published 9/10, entity F1 0.789, person 0.897, place 0.832, country
    # 100/138; the cp1252 file was then read as cp1250).
    "dev4": {"body_exact": 1.0, "published": 1.0, "body_token_f1": 0.99, "entity_f1": 0.925,
             "person_f1": 0.99, "place_f1": 0.95, "country": 0.8},
    # dev5 (new page styles) was written blind to the cleaner, first scored at aa557e3 (body 3/8, published
    # 6/8, token P 0.956 R 1.000); the cleaner rules were then written against it. Entity floors are just
    # under the scores measured when they were set (F1 0.890, person 0.947, place 0.906, country 72/92),
    # raised in session 3 (F1 0.924, person 1.0, place 0.932, country 78/95).
    "dev5": {"body_exact": 1.0, "published": 1.0, "body_token_f1": 0.99, "entity_f1": 0.93,
             "person_f1": 0.99, "place_f1": 0.93, "country": 0.81},
    # dev8 (9 articles) was written blind to the code; entity F1 first 0.833, 0.921 when this floor was set
    # (person 0.981, place 0.946, country 109/147).
    "dev8": {"body_exact": 1.0, "published": 1.0, "body_token_f1": 0.99, "entity_f1": 0.91,
             "person_f1": 0.97, "place_f1": 0.93, "country": 0.72},
    # dev10 (9 articles written in session 4 by three helpers blind to the code, one per region) was first
    # scored at 96e1f26: body 7/9, token F1 0.995, published 9/9, entity F1 0.855, person 0.926, place 0.935,
    # country 135/170.
    "dev10": {"body_exact": 0.75, "published": 1.0, "body_token_f1": 0.99, "entity_f1": 0.89,
              "person_f1": 0.91, "place_f1": 0.92, "country": 0.78},
    # dev11 (9 articles written in session 4 by three helpers blind to the code, pages modelled on kinds of
    # site) was first scored at 669394e: body 5/9, token F1 0.989, published 8/9, entity F1 0.837, person
    # 0.923, place 0.867, country 113/147.
    "dev11": {"body_exact": 0.5, "published": 0.85, "body_token_f1": 0.98, "entity_f1": 0.87,
              "person_f1": 0.91, "place_f1": 0.85, "country": 0.76},
    # dev12 (9 articles written blind in session 4, other kinds of site) first scored at 2554501: body 4/9,
    # token F1 0.983, title 6/9, published 9/9, entity F1 0.805, person 0.848, place 0.818, country 112/139.
    "dev12": {"body_exact": 0.4, "published": 1.0, "body_token_f1": 0.98, "entity_f1": 0.79,
              "person_f1": 0.83, "place_f1": 0.80, "country": 0.78},
    # dev13 (9 articles written blind in session 4, scraped in other ways) first scored at 31dff64: body 6/9,
    # token F1 0.991, title 5/9, published 9/9, entity F1 0.865, person 0.902, place 0.904, country 103/147.
    "dev13": {"body_exact": 0.6, "published": 1.0, "body_token_f1": 0.98, "entity_f1": 0.85,
              "person_f1": 0.88, "place_f1": 0.88, "country": 0.68},
    # dev15 (9 articles written blind in session 5, new kinds of scraped page) first scored at b8ab65a: body
    # 6/9, token F1 0.983, title 5/9, published 9/9, entity F1 0.822, person 0.850, place 0.819, country
    # 106/127.
    "dev15": {"body_exact": 0.6, "published": 1.0, "body_token_f1": 0.98, "entity_f1": 0.80,
              "person_f1": 0.83, "place_f1": 0.80, "country": 0.81},
    # dev16 (9 articles written blind in session 5, page styles of real major outlets) first scored at
    # b8ab65a: body 7/9, token F1 0.997, title 8/9, published 9/9, entity F1 0.920, person 0.950, place 0.971,
    # country 168/186.
    "dev16": {"body_exact": 0.7, "published": 1.0, "body_token_f1": 0.99, "entity_f1": 0.90,
              "person_f1": 0.93, "place_f1": 0.95, "country": 0.88},
    # dev17 (12 articles written blind in session 5, page styles of real major outlets) first scored at
    # bd7d4f1: body 7/12, token F1 0.989, title 12/12, published 12/12, entity F1 0.914, person 0.970, place
    # 0.945, country 223/239.
    "dev17": {"body_exact": 0.55, "published": 1.0, "body_token_f1": 0.98, "entity_f1": 0.89,
              "person_f1": 0.95, "place_f1": 0.92, "country": 0.90},
    # dev18 (16 articles written blind in session 6, real outlets' page styles with prose-like cruft) first
    # scored at db791b7: body 3/16, token F1 0.969, title 15/16, published 15/16, entity F1 0.856, person
    # 0.925, place 0.881, country 291/318.
    "dev18": {"body_exact": 0.15, "published": 0.9, "body_token_f1": 0.96, "entity_f1": 0.84,
              "person_f1": 0.91, "place_f1": 0.86, "country": 0.90},
    # dev19 (12 articles written blind in session 6, same brief as dev18) first scored at 5708ed4: body
    # 4/12, token F1 0.970, title 11/12, published 12/12, entity F1 0.855, person 0.917, place 0.901, country
    # 250/271.
    "dev19": {"body_exact": 0.3, "published": 1.0, "body_token_f1": 0.96, "entity_f1": 0.84,
              "person_f1": 0.90, "place_f1": 0.88, "country": 0.90},
    # dev20 (12 articles written blind in session 6, regional outlets) first scored at fc81ee9: body 4/12,
    # token F1 0.979, title 10/12, published 12/12, entity F1 0.854, person 0.903, place 0.913, country
    # 201/225.
    "dev20": {"body_exact": 0.3, "published": 1.0, "body_token_f1": 0.97, "entity_f1": 0.84,
              "person_f1": 0.88, "place_f1": 0.89, "country": 0.87},
    # dev21 (8 articles written blind in session 6, varied title layouts) first scored at 1181b00: body 3/8,
    # token F1 0.988, title 4/8, published 8/8, entity F1 0.907, person 0.945, place 0.932, country 134/152.
    "dev21": {"body_exact": 0.3, "published": 1.0, "body_token_f1": 0.98, "entity_f1": 0.89,
              "person_f1": 0.92, "place_f1": 0.91, "country": 0.86},
    # heldout2: 12 articles written blind by two helpers in session 2, first scored at 62689c3 (body 5/12,
    # token F1 0.970, published 11/12, entity F1 0.753, person 0.784, place 0.744, country 130/191).
    # dev14 was the blind heldout2 until session 4 (now development data; see tests/clean/test_clean_dev.py)
    "dev14": {"body_exact": 0.4, "published": 0.9, "body_token_f1": 0.96, "entity_f1": 0.74,
                 "person_f1": 0.77, "place_f1": 0.72, "country": 0.67},
    # heldout3: 8 articles written blind by three helpers in session 3, first scored at 9217e5e (body 4/8,
    # token F1 0.991, published 7/8, entity F1 0.795, person 0.893, place 0.830, country 106/141).
    "heldout3": {"body_exact": 0.5, "published": 0.85, "body_token_f1": 0.98, "entity_f1": 0.77,
                 "person_f1": 0.86, "place_f1": 0.80, "country": 0.72},
    # heldout4: 12 articles written blind by four helpers in session 4 (replacing heldout2, now dev14), first
    # scored at 2dea0e4 (body 9/12, token F1 0.996, published 12/12, entity F1 0.883, person 0.915, place
    # 0.935, country 186/219).
    "heldout4": {"body_exact": 0.7, "published": 1.0, "body_token_f1": 0.99, "entity_f1": 0.86,
                 "person_f1": 0.89, "place_f1": 0.91, "country": 0.82},
    # heldout5: 9 articles written blind by three helpers in session 5 in the page styles of real major
    # outlets, first scored at d88cc91 (body 4/9, token F1 0.992, title 9/9, published 8/9, entity F1 0.917,
    # person 0.953, place 0.947, country 174/185).
    "heldout5": {"body_exact": 0.4, "published": 0.85, "body_token_f1": 0.98, "entity_f1": 0.89,
                 "person_f1": 0.93, "place_f1": 0.92, "country": 0.91},
    # heldout6: 12 articles written blind by three helpers in session 6 in the page styles of real outlets
    # (same brief as heldout5), first scored at 7e917e6 (body 5/12, token F1 0.984, title 8/12, published
    # 11/12, entity F1 0.871, person 0.889, place 0.893, country 208/238).
    "heldout6": {"body_exact": 0.4, "published": 0.9, "body_token_f1": 0.98, "entity_f1": 0.86,
                 "person_f1": 0.87, "place_f1": 0.88, "country": 0.86},
    # dev22 (16 articles written blind in session 7, new real outlets, half HTML) first scored at bb687f1:
    # body 6/16, token F1 0.981, title 12/16, published 14/16, entity F1 0.895, person 0.950, place 0.939,
    # country 268/300.
    "dev22": {"body_exact": 0.3, "published": 0.85, "body_token_f1": 0.97, "entity_f1": 0.87,
              "person_f1": 0.93, "place_f1": 0.92, "country": 0.86},
    # dev23 (16 articles written blind in session 7, 16 more outlets, story lines that look like cruft) first
    # scored at bb687f1: body 5/16, token F1 0.977, title 16/16, published 13/16, entity F1 0.897, person
    # 0.922, place 0.924, country 303/329.
    "dev23": {"body_exact": 0.3, "published": 0.8, "body_token_f1": 0.97, "entity_f1": 0.87,
              "person_f1": 0.9, "place_f1": 0.9, "country": 0.89},
    # dev24 (16 articles written blind in session 8, 16 more outlets, prose-like cruft, story ends like cruft)
    # first scored at 50a8804: body 8/16, token F1 0.987, title 16/16, published 15/16, entity F1 0.916,
    # person 0.959, place 0.944, country 285/326.
    "dev24": {"body_exact": 0.45, "published": 0.9, "body_token_f1": 0.98, "entity_f1": 0.89,
              "person_f1": 0.93, "place_f1": 0.92, "country": 0.85},
    # heldout7: 12 articles written blind by three helpers in session 7 in the page styles of real outlets
    # (same brief as heldout6), first scored at bb687f1 (body 9/12, token F1 0.997, title 12/12, published
    # 12/12, entity F1 0.916, person 0.949, place 0.949, country 224/250).
    "heldout7": {"body_exact": 0.7, "published": 1.0, "body_token_f1": 0.99, "entity_f1": 0.89,
                 "person_f1": 0.93, "place_f1": 0.93, "country": 0.87},
    # heldout8: 12 articles written blind by three helpers in session 8 in the page styles of 12 more real
    # outlets (same brief), first scored at 50a8804 (body 8/12, token F1 0.993, title 10/12, published 9/12,
    # entity F1 0.904, person 0.951, place 0.950, country 229/254).
    "heldout8": {"body_exact": 0.6, "published": 0.7, "body_token_f1": 0.98, "entity_f1": 0.88,
                 "person_f1": 0.93, "place_f1": 0.93, "country": 0.87},
    # dev25 (16 articles written blind in session 9 in 16 more outlets' page styles, the heldout sets' brief)
    # first scored at 725dbef: body 11/16, token F1 0.997, title 15/16, published 14/16, entity F1 0.895,
    # person 0.975, place 0.930, country 287/306.
    "dev25": {"body_exact": 0.65, "published": 0.85, "body_token_f1": 0.99, "entity_f1": 0.87,
              "person_f1": 0.95, "place_f1": 0.9, "country": 0.91},
    # dev26 (16 articles written blind at the end of session 9, 16 more outlets, the heldout sets' brief)
    # first scored at 6a28f26: body 12/16, token F1 0.995, title 15/16, published 15/16, entity F1 0.918,
    # person 0.949, place 0.948, country 332/357.
    "dev26": {"body_exact": 0.7, "published": 0.9, "body_token_f1": 0.985, "entity_f1": 0.89,
              "person_f1": 0.92, "place_f1": 0.92, "country": 0.9},
    # heldout9: 12 articles written blind by three helpers in session 9 in the page styles of 12 more real
    # outlets (same brief), first scored at 725dbef (body 6/12, token F1 0.991, title 10/12, published 12/12,
    # entity F1 0.893, person 0.923, place 0.946, country 240/250).
    "heldout9": {"body_exact": 0.45, "published": 0.95, "body_token_f1": 0.985, "entity_f1": 0.87,
                 "person_f1": 0.9, "place_f1": 0.92, "country": 0.93},
    # dev27 (16 articles written blind in session 10, 16 more outlets, the heldout sets' brief) first scored
    # at 7184784: body 11/16, token F1 0.992, title 15/16, published 15/16, entity F1 0.882, person 0.937,
    # place 0.927, country 280/305.
    "dev27": {"body_exact": 0.65, "published": 0.9, "body_token_f1": 0.985, "entity_f1": 0.86,
              "person_f1": 0.91, "place_f1": 0.9, "country": 0.89},
    # heldout10: 12 articles written blind by three helpers in session 10 in the page styles of 12 more real
    # outlets (same brief), first scored at 7184784 (body 8/12, token F1 0.998, title 11/12, published 11/12,
    # entity F1 0.914, person 0.956, place 0.965, country 250/279).
    "heldout10": {"body_exact": 0.6, "published": 0.9, "body_token_f1": 0.99, "entity_f1": 0.89,
                  "person_f1": 0.93, "place_f1": 0.94, "country": 0.87},
    # heldout11: 12 articles written blind by two helpers in session 13 in the seed's shape (an extractor's
    # text with the leftovers of the story's container), 12 more outlets, first scored at fb38794 (body 10/12,
    # token F1 0.985, title 12/12, published 12/12, entity F1 0.857, person 0.889, place 0.901, country
    # 164/184).
    "heldout11": {"body_exact": 0.75, "published": 0.95, "body_token_f1": 0.98, "entity_f1": 0.83,
                  "person_f1": 0.86, "place_f1": 0.87, "country": 0.86},
    # heldout12: 12 more BLIND articles in the seed's shape, 12 more outlets, written at the end of session 13
    # and first scored at ad0ca15, the session's final rules (body 10/12, token F1 0.997, title 12/12,
    # published 11/12, entity F1 0.918, person 0.938, place 0.960, country 181/209).
    "heldout12": {"body_exact": 0.75, "published": 0.9, "body_token_f1": 0.99, "entity_f1": 0.89,
                  "person_f1": 0.91, "place_f1": 0.93, "country": 0.83},
    # heldout13: 12 BLIND scraped pages with chrome everywhere (whole-page text, extractors' text, a feed
    # dump, a hard-wrapped file, 3 HTML pages, one of them a text file's page), written in session 14 and
    # first scored at 762ec31 (body 7/12, token F1 0.976, title 11/12, published 10/12, entity F1 0.862,
    # person 0.901, place 0.929, country 148/178).
    "heldout13": {"body_exact": 0.55, "published": 0.8, "body_token_f1": 0.965, "entity_f1": 0.83,
                  "person_f1": 0.87, "place_f1": 0.9, "country": 0.8},
    # heldout14: 12 more BLIND scraped pages of the same brief, written in session 14 and first scored at
    # ac89293, the session's final rules (body 7/12, token F1 0.990, title 12/12, published 12/12, entity F1
    # 0.849, person 0.947, place 0.915, country 158/186).
    "heldout14": {"body_exact": 0.55, "published": 0.95, "body_token_f1": 0.98, "entity_f1": 0.82,
                  "person_f1": 0.92, "place_f1": 0.89, "country": 0.82},
    # heldout15: 14 BLIND files (12 articles, 3 HTML pages, two of them a text file's page) written in
    # session 15 from the dev37 brief (no deliberately hard leftovers, half of the text files an extractor's
    # output), first scored at ea296af (body 13/14, token F1 0.999, title 14/14, published 11/14, entity F1
    # 0.888, person 0.968, place 0.944, country 160/183).
    "heldout15": {"body_exact": 0.85, "published": 0.75, "body_token_f1": 0.99, "entity_f1": 0.85,
                  "person_f1": 0.93, "place_f1": 0.91, "country": 0.84},
    # heldout16: 14 more BLIND files of heldout15's brief (12 articles, 3 HTML pages), written in session 15
    # and first scored at 5d11931, the session's final rules (body 12/14, token F1 0.997, title 13/14,
    # published 13/14, entity F1 0.880, person 0.924, place 0.944, country 178/209).
    "heldout16": {"body_exact": 0.8, "published": 0.9, "body_token_f1": 0.99, "entity_f1": 0.85,
                  "person_f1": 0.89, "place_f1": 0.91, "country": 0.82},
    # heldout17: 16 BLIND files of heldout15's brief (14 articles in East and Southeast Asian and Pacific
    # outlets' styles, 4 HTML pages, two of them a text file's page) written in session 16, first scored at
    # bcb391f (body 14/16, token F1 0.998, title 15/16, published 15/16, entity F1 0.824, person 0.829, place
    # 0.903, country 193/216).
    "heldout17": {"body_exact": 0.8, "published": 0.9, "body_token_f1": 0.99, "entity_f1": 0.79,
                  "person_f1": 0.79, "place_f1": 0.87, "country": 0.85},
    # heldout18: 16 more BLIND files of the same brief (14 articles in Indian outlets' styles on talks
    # anywhere, 4 HTML pages, two of them a text file's page) written late in session 16, first scored at
    # 0653ca9 (body 15/16, token F1 0.998, title 15/16, published 15/16, entity F1 0.894, person 0.945,
    # place 0.948, country 229/250).
    "heldout18": {"body_exact": 0.85, "published": 0.9, "body_token_f1": 0.99, "entity_f1": 0.86,
                  "person_f1": 0.91, "place_f1": 0.91, "country": 0.87},
    # heldout19: 16 BLIND files of the same brief (14 articles in Iraqi, Turkish, Iranian, Levantine and Gulf
    # outlets' styles, 4 HTML pages, two of them a text file's page) written in session 17, first scored at
    # 13cbeb1 (body 14/16, token F1 0.999, title 16/16, published 15/16, entity F1 0.886, person 0.912,
    # place 0.911, country 251/274).
    "heldout19": {"body_exact": 0.8, "published": 0.9, "body_token_f1": 0.99, "entity_f1": 0.85,
                  "person_f1": 0.88, "place_f1": 0.88, "country": 0.88},
    # heldout20: 16 BLIND files of the same brief (14 articles in Australian, New Zealand, Pacific and South
    # Asian outlets' styles, 4 HTML pages, two of them a text file's page) written in session 17, first scored
    # at 72786c6 (body 15/16, token F1 0.999, title 16/16, published 16/16, entity F1 0.867, person 0.894,
    # place 0.942, country 178/217).
    "heldout20": {"body_exact": 0.85, "published": 0.9, "body_token_f1": 0.99, "entity_f1": 0.83,
                  "person_f1": 0.86, "place_f1": 0.91, "country": 0.79},
    # heldout21: 16 BLIND files of the same brief (14 articles in East and West African outlets' styles, 4
    # HTML pages, two of them a text file's page) written in session 17, first scored at 1afd929 (body 15/16,
    # token F1 0.999, title 16/16, published 15/16, entity F1 0.866, person 0.905, place 0.905, country
    # 206/235).
    "heldout21": {"body_exact": 0.85, "published": 0.9, "body_token_f1": 0.99, "entity_f1": 0.83,
                  "person_f1": 0.87, "place_f1": 0.87, "country": 0.84},
    # heldout22: 16 BLIND files of the same brief (14 articles in East and South-East Asian outlets' styles, 4
    # HTML pages, two of them a text file's page) written in session 18, first scored at 832ea44 (body 14/16,
    # token F1 0.999, title 16/16, published 16/16, entity F1 0.854, person 0.837, place 0.929, country
    # 175/206).
    "heldout22": {"body_exact": 0.85, "published": 0.9, "body_token_f1": 0.99, "entity_f1": 0.82,
                  "person_f1": 0.8, "place_f1": 0.89, "country": 0.82},
    # heldout23: 16 BLIND files of the same brief (14 articles in southern African outlets' styles, 4 HTML
    # pages, two of them a text file's page) written in session 18, first scored at 9147a36 (body 13/16, token
    # F1 0.997, title 16/16, published 16/16, entity F1 0.857, person 0.962, place 0.912, country 208/235).
    "heldout23": {"body_exact": 0.8, "published": 0.9, "body_token_f1": 0.99, "entity_f1": 0.82,
                  "person_f1": 0.93, "place_f1": 0.88, "country": 0.85},
    # heldout24: 16 BLIND files of the same brief (14 articles in Chinese, Russian, Caucasian and Central
    # Asian state and agency outlets' styles, 4 HTML pages, two of them a text file's page) written in
    # session 18, first scored at 1fc83cf (body 13/16, token F1 0.996, title 16/16, published 16/16, entity F1
    # 0.897, person 0.950, place 0.942, country 186/204).
    "heldout24": {"body_exact": 0.8, "published": 0.9, "body_token_f1": 0.99, "entity_f1": 0.86,
                  "person_f1": 0.91, "place_f1": 0.9, "country": 0.88},
    # heldout25: 16 BLIND files of the same brief (14 articles in Australian and New Zealand metro and
    # regional papers' styles, 4 HTML pages, two of them a text file's page) written in session 19, first
    # scored at 4af80db (body 12/16, token F1 0.994, title 16/16, published 16/16, entity F1 0.902, person
    # 0.949, place 0.959, country 231/248).
    "heldout25": {"body_exact": 0.7, "published": 0.95, "body_token_f1": 0.99, "entity_f1": 0.86,
                  "person_f1": 0.91, "place_f1": 0.92, "country": 0.9},
    # heldout26: 16 BLIND files of the same brief (14 articles in Pakistani, Afghan and Bangladeshi outlets'
    # styles, 4 HTML pages, two of them a text file's page) written in session 19, first scored at aaa9c25
    # (body 13/16, token F1 0.995, title 15/16, published 16/16, entity F1 0.864, person 0.917, place 0.894,
    # country 156/190).
    "heldout26": {"body_exact": 0.75, "published": 0.9, "body_token_f1": 0.99, "entity_f1": 0.83,
                  "person_f1": 0.88, "place_f1": 0.86, "country": 0.79},
    # heldout27: 16 BLIND files of the same brief (14 articles in the styles of Nordic, Dutch, Iberian,
    # Italian, Maltese and Greek English-language outlets, 4 HTML pages, two of them a text file's page)
    # written in session 19, first scored at 2da1625 (body 15/16, token F1 0.999, title 16/16, published
    # 16/16, entity F1 0.908, person 0.950, place 0.937, country 214/257).
    "heldout27": {"body_exact": 0.9, "published": 0.95, "body_token_f1": 0.99, "entity_f1": 0.87,
                  "person_f1": 0.91, "place_f1": 0.9, "country": 0.8},
    # heldout28: 16 BLIND files of the same brief (14 articles in the styles of US metro newspapers, 4 HTML
    # pages, two of them a text file's page) written in session 20, first scored at 92c871e (body 16/16,
    # token F1 1.000, title 16/16, published 15/16, entity F1 0.936, person 0.971, place 0.974, country
    # 269/283).
    "heldout28": {"body_exact": 0.95, "published": 0.9, "body_token_f1": 0.99, "entity_f1": 0.9,
                  "person_f1": 0.93, "place_f1": 0.94, "country": 0.92},
    # heldout29: 16 BLIND files of the same brief (14 articles in the styles of Indian national, regional
    # and wire outlets, 4 HTML pages, two of them a text file's page) written in session 20, first scored at
    # bbf0e89 (body 14/16, token F1 0.997, title 16/16, published 16/16, entity F1 0.825, person 0.863,
    # place 0.909, country 187/216).
    "heldout29": {"body_exact": 0.85, "published": 0.95, "body_token_f1": 0.99, "entity_f1": 0.79,
                  "person_f1": 0.83, "place_f1": 0.87, "country": 0.83},
    # heldout30: 16 BLIND files of the same brief (14 articles in the styles of Israeli, Palestinian,
    # Egyptian, Jordanian, Lebanese and pan-Arab outlets, 4 HTML pages, two of them a text file's page)
    # written in session 21, first scored at c24745c (body 14/16, token F1 0.997, title 16/16, published
    # 16/16, entity F1 0.921, person 0.959, place 0.950, country 243/265).
    "heldout30": {"body_exact": 0.85, "published": 0.95, "body_token_f1": 0.99, "entity_f1": 0.89,
                  "person_f1": 0.92, "place_f1": 0.92, "country": 0.88},
    # heldout31: 16 BLIND files of the same brief (14 articles in the styles of Canadian national and regional
    # outlets, 4 HTML pages, two of them a text file's page) written in session 21, first scored at c24745c
    # (body 15/16, token F1 0.999, title 16/16, published 16/16, entity F1 0.888, person 0.952, place 0.929,
    # country 194/219).
    "heldout31": {"body_exact": 0.9, "published": 0.95, "body_token_f1": 0.99, "entity_f1": 0.85,
                  "person_f1": 0.92, "place_f1": 0.89, "country": 0.85},
    # heldout32 (16 articles written blind in session 22: Nigerian, Kenyan, South African, Ghanaian,
    # Ethiopian, Ugandan, Zimbabwean and pan-African outlets, 4 HTML pages, two of them a text file's page)
    # first scored at 9b943f6 (body 15/16, token F1 0.998, title 15/16, published 16/16, entity F1 0.881,
    # person 0.898, place 0.945, country 230/260).
    "heldout32": {"body_exact": 0.9, "published": 0.95, "body_token_f1": 0.99, "entity_f1": 0.85,
                  "person_f1": 0.87, "place_f1": 0.91, "country": 0.85},
    # heldout33 (16 articles written blind in session 22: English-language outlets of Latin America and the
    # Nordic countries, 4 HTML pages, two of them a text file's page) first scored at 9b943f6 (body 14/16,
    # token F1 0.994, title 15/16, published 16/16, entity F1 0.847, person 0.912, place 0.911, country
    # 197/234).
    "heldout33": {"body_exact": 0.85, "published": 0.95, "body_token_f1": 0.99, "entity_f1": 0.81,
                  "person_f1": 0.88, "place_f1": 0.88, "country": 0.8},
    # heldout34 (16 articles written blind in session 22: English-language outlets of East and Southeast
    # Asia, 4 HTML pages, two of them a text file's page) first scored at 5774266 (body 14/16, token F1 0.995,
    # title 15/16, published 16/16, entity F1 0.882, person 0.896, place 0.926, country 156/187).
    "heldout34": {"body_exact": 0.85, "published": 0.95, "body_token_f1": 0.99, "entity_f1": 0.85,
                  "person_f1": 0.86, "place_f1": 0.89, "country": 0.8},
    # heldout35 (16 articles written blind in session 22: English-language outlets of Turkey, Iran, the
    # Caucasus, Central Asia and the Balkans, 4 HTML pages, two of them a text file's page) first scored at
    # 5774266 (body 14/16, token F1 0.996, title 16/16, published 14/16, entity F1 0.830, person 0.941, place
    # 0.878, country 181/199).
    "heldout35": {"body_exact": 0.85, "published": 0.85, "body_token_f1": 0.99, "entity_f1": 0.79,
                  "person_f1": 0.9, "place_f1": 0.84, "country": 0.87},
    # heldout36 (16 articles written blind in session 23: English-language outlets of the Pacific islands and
    # Australia's and New Zealand's Pacific desks, 4 HTML pages, two of them a text file's page) first scored
    # at 710706e (body 15/16, token F1 0.999, title 16/16, published 16/16, entity F1 0.844, person 0.898,
    # place 0.878, country 140/182).
    "heldout36": {"body_exact": 0.9, "published": 0.95, "body_token_f1": 0.99, "entity_f1": 0.81,
                  "person_f1": 0.86, "place_f1": 0.84, "country": 0.73},
    # heldout37 (16 articles written blind in session 23: English-language outlets of the Gulf and the Arab
    # world, 4 HTML pages, two of them a text file's page) first scored at 710706e (body 14/16, token F1
    # 0.996, title 16/16, published 16/16, entity F1 0.914, person 0.947, place 0.953, country 242/256).
    "heldout37": {"body_exact": 0.85, "published": 0.95, "body_token_f1": 0.99, "entity_f1": 0.88,
                  "person_f1": 0.91, "place_f1": 0.92, "country": 0.9},
    # heldout38 (16 articles written blind in session 23: South Asian regional and English-language outlets, 4
    # HTML pages, two of them a text file's page) first scored at 53cfeb6 (body 15/16, token F1 0.999, title
    # 15/16, published 16/16, entity F1 0.808, person 0.837, place 0.891, country 161/212).
    "heldout38": {"body_exact": 0.9, "published": 0.95, "body_token_f1": 0.99, "entity_f1": 0.77,
                  "person_f1": 0.8, "place_f1": 0.85, "country": 0.72},
    # heldout39 (16 articles written blind in session 23: English-language outlets of the Caribbean, Central
    # America, Malta, Cyprus and Gibraltar, 4 HTML pages, two of them a text file's page) first scored at
    # 53cfeb6 (body 14/16, token F1 0.998, title 16/16, published 13/16, entity F1 0.825, person 0.878, place
    # 0.847, country 139/192).
    "heldout39": {"body_exact": 0.85, "published": 0.8, "body_token_f1": 0.99, "entity_f1": 0.79,
                  "person_f1": 0.84, "place_f1": 0.81, "country": 0.68},
    # heldout40 (16 articles written blind in session 24: government-owned and state media publishing in
    # English, 4 HTML pages, two of them a text file's page) first scored at e8f2395 (body 13/16, token F1
    # 0.997, title 15/16, published 16/16, entity F1 0.908, person 0.961, place 0.966, country 168/185).
    "heldout40": {"body_exact": 0.75, "published": 0.95, "body_token_f1": 0.99, "entity_f1": 0.87,
                  "person_f1": 0.92, "place_f1": 0.93, "country": 0.86},
    # heldout41 (16 articles written blind in session 24: desks that cover diplomacy from other beats: law,
    # sanctions compliance, sport, culture, shipping, aviation, energy, farming, health, science, tech,
    # religion; 4 HTML pages, two of them a text file's page) first scored at e8f2395 (body 15/16, token F1
    # 0.996, title 14/16, published 15/16, entity F1 0.890, person 0.913, place 0.918, country 213/238).
    "heldout41": {"body_exact": 0.9, "published": 0.9, "body_token_f1": 0.99, "entity_f1": 0.85,
                  "person_f1": 0.87, "place_f1": 0.88, "country": 0.85},
    # heldout42 (16 articles written blind in session 24: US local TV and radio stations, metro and regional
    # dailies, statehouse and trade sites, 4 HTML pages, two of them a text file's page) first scored at
    # e8f2395 (body 16/16, token F1 1.000, title 15/16, published 14/16, entity F1 0.895, person 0.926, place
    # 0.918, country 207/254).
    "heldout42": {"body_exact": 0.95, "published": 0.85, "body_token_f1": 0.99, "entity_f1": 0.86,
                  "person_f1": 0.89, "place_f1": 0.88, "country": 0.77},
    # heldout43 (16 articles written blind in session 24: news from universities, student papers, NGOs, UN
    # agencies, think tanks, ministries, embassies and unions, 4 HTML pages, two of them a text file's page)
    # first scored at e8f2395 (body 12/16, token F1 0.994, title 15/16, published 16/16, entity F1 0.836,
    # person 0.931, place 0.855, country 157/201).
    "heldout43": {"body_exact": 0.7, "published": 0.95, "body_token_f1": 0.99, "entity_f1": 0.8,
                  "person_f1": 0.89, "place_f1": 0.82, "country": 0.74},
    # heldout44 (16 articles written blind in session 25: UK and Irish national papers, tabloids, broadcasters
    # and a political weekly; 4 HTML pages, two of them a text file's page), first scored at df78642: body
    # 16/16, token F1 1.000, title 15/16, published 16/16, entity F1 0.877, person 0.896, place 0.940, country
    # 242/274.
    "heldout44": {"body_exact": 0.95, "published": 0.95, "body_token_f1": 0.99, "entity_f1": 0.83,
                 "person_f1": 0.85, "place_f1": 0.9, "country": 0.83},
    # heldout45 (16 articles written blind in session 25: news agencies' own English sites and services; 4
    # HTML pages, two of them a text file's page), first scored at df78642: body 14/16, token F1 0.999, title
    # 13/16, published 15/16, entity F1 0.929, person 0.965, place 0.943, country 189/207.
    "heldout45": {"body_exact": 0.8, "published": 0.9, "body_token_f1": 0.99, "entity_f1": 0.88,
                 "person_f1": 0.92, "place_f1": 0.9, "country": 0.86},
    # heldout46 (16 articles written blind in session 25: AMP, mobile, app-share, lite and paywall-preview
    # pages; 4 HTML pages, two of them a text file's page), first scored at df78642: body 9/16, token F1
    # 0.992, title 14/16, published 16/16, entity F1 0.877, person 0.922, place 0.910, country 197/209.
    "heldout46": {"body_exact": 0.5, "published": 0.95, "body_token_f1": 0.98, "entity_f1": 0.83,
                 "person_f1": 0.88, "place_f1": 0.87, "country": 0.89},
    # heldout47 (16 articles written blind in session 25: European outlets publishing in English; 4 HTML
    # pages, two of them a text file's page), first scored at df78642: body 13/16, token F1 0.995, title
    # 16/16, published 15/16, entity F1 0.927, person 0.967, place 0.972, country 214/230.
    "heldout47": {"body_exact": 0.75, "published": 0.9, "body_token_f1": 0.99, "entity_f1": 0.88,
                 "person_f1": 0.92, "place_f1": 0.93, "country": 0.88},
    # heldout48 (16 articles written blind in session 26: US national papers, cable and public broadcasters'
    # sites, a digital-native politics site, a Hill trade paper, a nonprofit newsroom; 4 HTML pages, two of
    # them a text file's page), first scored at a80ac42: body 14/16, token F1 0.996, title 15/16, published
    # 14/16, entity F1 0.920, person 0.941, place 0.960, country 193/218.
    "heldout48": {"body_exact": 0.8, "published": 0.8, "body_token_f1": 0.99, "entity_f1": 0.88,
                 "person_f1": 0.9, "place_f1": 0.92, "country": 0.84},
    # heldout49 (16 articles written blind in session 26: Australian and New Zealand national, regional,
    # public and independent outlets; 4 HTML pages, two of them a text file's page), first scored at a80ac42:
    # body 15/16, token F1 0.995, title 16/16, published 16/16, entity F1 0.893, person 0.934, place 0.940,
    # country 233/260.
    "heldout49": {"body_exact": 0.9, "published": 0.95, "body_token_f1": 0.99, "entity_f1": 0.85,
                 "person_f1": 0.89, "place_f1": 0.9, "country": 0.85},
    # heldout50 (16 articles written blind in session 26: Indian, Pakistani, Bangladeshi, Sri Lankan and
    # Nepali national English-language outlets; 4 HTML pages, two of them a text file's page), first scored at
    # a80ac42: body 16/16, token F1 1.000, title 15/16, published 15/16, entity F1 0.884, person 0.912, place
    # 0.923, country 194/230.
    "heldout50": {"body_exact": 0.95, "published": 0.9, "body_token_f1": 0.99, "entity_f1": 0.84,
                 "person_f1": 0.87, "place_f1": 0.88, "country": 0.79},
    # heldout51 (16 articles written blind in session 26: stories as news portals, aggregators and apps carry
    # them; 4 HTML pages, two of them a text file's page), first scored at a80ac42: body 16/16, token F1
    # 1.000, title 15/16, published 16/16, entity F1 0.953, person 0.974, place 0.983, country 204/209.
    "heldout51": {"body_exact": 0.95, "published": 0.95, "body_token_f1": 0.99, "entity_f1": 0.91,
                 "person_f1": 0.93, "place_f1": 0.94, "country": 0.93},
    # heldout52 (16 articles written blind in session 27: state and government-run media in English (Chinese,
    # Russian, Iranian, Turkish, Gulf, Vietnamese, Egyptian, Azerbaijani, Latin American and Belarusian state
    # outlets); 4 HTML pages, two of them a text file's page), first scored at 0a76250: body 14/16, token F1
    # 0.999, title 15/16, published 13/16, entity F1 0.881, person 0.952, place 0.925, country 209/217.
    "heldout52": {"body_exact": 0.85, "published": 0.8, "body_token_f1": 0.98, "entity_f1": 0.84,
                 "person_f1": 0.91, "place_f1": 0.88, "country": 0.91},
    # heldout53 (16 articles written blind in session 27: African outlets in English (Nigerian, Kenyan,
    # Ghanaian, South African, Ethiopian, West and Central African, Sudanese, East African and Somali); 4 HTML
    # pages, two of them a text file's page), first scored at 0a76250: body 16/16, token F1 1.000, title
    # 14/16, published 13/16, entity F1 0.883, person 0.935, place 0.925, country 213/231.
    "heldout53": {"body_exact": 0.95, "published": 0.8, "body_token_f1": 0.99, "entity_f1": 0.84,
                 "person_f1": 0.89, "place_f1": 0.88, "country": 0.87},
    # heldout54 (16 articles written blind in session 27: broadcasters' web copy (story pages under video and
    # audio players, bulletins, podcast show notes, transcripts, live-updates wrap-ups); 4 HTML pages, two of
    # them a text file's page), first scored at 0a76250: body 9/16, token F1 0.986, title 14/16, published
    # 15/16, entity F1 0.910, person 0.969, place 0.950, country 214/234.
    "heldout54": {"body_exact": 0.55, "published": 0.9, "body_token_f1": 0.97, "entity_f1": 0.87,
                 "person_f1": 0.92, "place_f1": 0.91, "country": 0.86},
    # heldout55 (16 articles written blind in session 27: English editions of non-English European outlets
    # with chrome left in the site's own language; 4 HTML pages, two of them a text file's page), first scored
    # at 0a76250: body 13/16, token F1 0.995, title 13/16, published 10/16, entity F1 0.885, person 0.934,
    # place 0.915, country 208/229.
    "heldout55": {"body_exact": 0.8, "published": 0.6, "body_token_f1": 0.98, "entity_f1": 0.84,
                 "person_f1": 0.89, "place_f1": 0.87, "country": 0.86},
    # heldout56 (16 articles written blind in session 28: Latin American and Caribbean outlets in English
    # (Mexican, Argentine, Jamaican, Costa Rican, Colombian, Brazilian, Trinidadian, Chilean, Guyanese,
    # Venezuelan exile, Panamanian, Peruvian, Bahamian, a regional wire); 4 HTML pages, two of them a text
    # file's page), first scored at aa2eb8f: body 15/16, token F1 0.997, title 16/16, published 14/16, entity
    # F1 0.875, person 0.981, place 0.895, country 180/214.
    "heldout56": {"body_exact": 0.9, "published": 0.85, "body_token_f1": 0.98, "entity_f1": 0.83,
                 "person_f1": 0.94, "place_f1": 0.85, "country": 0.79},
    # heldout57 (16 articles written blind in session 28: East and Southeast Asian English-language dailies
    # (Korean, Japanese, Hong Kong, Taiwanese, Singaporean, Indonesian, Philippine, Thai, Malaysian,
    # Vietnamese, Mongolian, Cambodian, Myanmar exile, a Japanese wire); 4 HTML pages, two of them a text
    # file's page), first scored at aa2eb8f: body 12/16, token F1 0.994, title 16/16, published 14/16, entity
    # F1 0.868, person 0.905, place 0.909, country 190/235.
    "heldout57": {"body_exact": 0.7, "published": 0.85, "body_token_f1": 0.98, "entity_f1": 0.82,
                 "person_f1": 0.86, "place_f1": 0.86, "country": 0.76},
    # heldout58 (16 articles written blind in session 28: Central Asian, Caucasus and Balkan outlets in
    # English (Kazakh, Uzbek, Kyrgyz, Georgian, Armenian, Azerbaijani, Serbian, Kosovo, Bosnian, Moldovan,
    # Montenegrin, North Macedonian, Albanian, a regional network); 4 HTML pages, two of them a text file's
    # page), first scored at aa2eb8f: body 14/16, token F1 0.999, title 15/16, published 14/16, entity F1
    # 0.893, person 0.979, place 0.888, country 221/254.
    "heldout58": {"body_exact": 0.85, "published": 0.85, "body_token_f1": 0.98, "entity_f1": 0.85,
                 "person_f1": 0.93, "place_f1": 0.84, "country": 0.82},
    # heldout59 (16 articles written blind in session 28: court, legal and parliamentary news and syndicated
    # wire copy reprinted by local papers (court reporters, legal trade papers, tribunal news, press gallery,
    # reprints with syndication lines, law digests, sanctions newsletters, legal blogs); 4 HTML pages, two of
    # them a text file's page), first scored at aa2eb8f: body 9/16, token F1 0.984, title 13/16, published
    # 14/16, entity F1 0.853, person 0.911, place 0.915, country 174/207.
    "heldout59": {"body_exact": 0.55, "published": 0.85, "body_token_f1": 0.97, "entity_f1": 0.81,
                 "person_f1": 0.87, "place_f1": 0.87, "country": 0.79},
    # heldout60 (16 articles written blind in session 29: African outlets in English, many of them francophone
    # or lusophone countries' English services (Senegalese, Ivorian, Cameroonian, Congolese, Rwandan,
    # Mozambican, Angolan, Malian exile, Burkinabe, Guinean, Togolese, Beninese, Gabonese, a pan-African
    # weekly); 4 HTML pages, two of them a text file's page), first scored at 35fc860: body 16/16, token F1
    # 1.000, title 13/16, published 12/16, entity F1 0.877, person 0.932, place 0.896, country 213/247.
    "heldout60": {"body_exact": 0.95, "published": 0.7, "body_token_f1": 0.99, "entity_f1": 0.83,
                 "person_f1": 0.89, "place_f1": 0.85, "country": 0.81},
    # heldout61 (16 articles written blind in session 29: Pacific and Oceania outlets (Fiji, Papua New Guinea,
    # Samoa, Tonga, Solomon Islands, Vanuatu, a New Zealand regional, an Australian regional, a Pacific
    # broadcaster, Guam, New Caledonia, Cook Islands, a Pacific wire, an Australian policy site); 4 HTML
    # pages, two of them a text file's page), first scored at 35fc860: body 14/16, token F1 0.996, title
    # 16/16, published 14/16, entity F1 0.832, person 0.908, place 0.874, country 167/205.
    "heldout61": {"body_exact": 0.85, "published": 0.85, "body_token_f1": 0.98, "entity_f1": 0.79,
                 "person_f1": 0.86, "place_f1": 0.83, "country": 0.76},
    # heldout62 (16 articles written blind in session 29: US local TV and radio station websites and public
    # radio newsrooms (affiliate TV, public radio, news radio, a Spanish-language station's English page, a
    # capitol bureau, an NPR member station, cable local news, an investigative unit, college radio, a live
    # blog, a morning show recap, a podcast page); 4 HTML pages, two of them a text file's page), first scored
    # at 35fc860: body 9/16, token F1 0.985, title 14/16, published 14/16, entity F1 0.868, person 0.902,
    # place 0.927, country 220/272.
    "heldout62": {"body_exact": 0.55, "published": 0.85, "body_token_f1": 0.97, "entity_f1": 0.82,
                 "person_f1": 0.86, "place_f1": 0.88, "country": 0.76},
    # heldout63 (16 articles written blind in session 29: government and institutional copy as scraped (a
    # foreign ministry release, a call readout, a presidential transcript, an embassy page, a UN briefing
    # summary, a parliament committee, a defence ministry, a regional organisation's communique, a mayor's
    # office, a think-tank commentary, a policy brief, an NGO statement, a central bank, a government news
    # agency); 4 HTML pages, two of them a text file's page), first scored at 35fc860: body 10/16, token F1
    # 0.992, title 15/16, published 15/16, entity F1 0.918, person 0.940, place 0.945, country 173/193.
    "heldout63": {"body_exact": 0.6, "published": 0.9, "body_token_f1": 0.98, "entity_f1": 0.87,
                 "person_f1": 0.9, "place_f1": 0.9, "country": 0.85},
    # dev28 (16 articles written blind in session 13 in the seed's shape: an extractor's text of a page with
    # the leftovers inside the story's container, 16 more outlets) first scored at fa3c2cf:
    # body 12/16, token F1 0.983, title 15/16, published 15/16, entity F1 0.932, person 0.965, place 0.951,
    # country 264/290.
    "dev28": {"body_exact": 0.7, "published": 0.9, "body_token_f1": 0.975, "entity_f1": 0.9,
              "person_f1": 0.94, "place_f1": 0.93, "country": 0.88},
    # dev29 (16 articles written blind in session 13 in the seed's shape, 16 more outlets) first scored at
    # 699a590: body 15/16, token F1 0.992, title 16/16, published 16/16, entity F1 0.883, person 0.913, place
    # 0.931, country 215/236.
    "dev29": {"body_exact": 0.85, "published": 0.95, "body_token_f1": 0.985, "entity_f1": 0.86,
              "person_f1": 0.89, "place_f1": 0.91, "country": 0.88},
    # dev30 (16 articles written blind in session 13 in the seed's shape, 6 of them whole HTML pages, 16 more
    # outlets) first scored at 3be2f0e: body 12/16, token F1 0.992, title 16/16, published 16/16, entity F1
    # 0.879, person 0.908, place 0.915, country 224/261.
    "dev30": {"body_exact": 0.7, "published": 0.95, "body_token_f1": 0.985, "entity_f1": 0.85,
              "person_f1": 0.88, "place_f1": 0.89, "country": 0.83},
    # dev31 (16 articles written blind in session 13 in the seed's shape, in other genres: columns and
    # editorials speaking as "we", analyses with subheads, interviews, explainers, live blogs, press releases,
    # briefings) first scored at 4916c31: body 8/16, token F1 0.979, title 14/16, published 14/16, entity F1
    # 0.876, person 0.904, place 0.951, country 221/238.
    "dev31": {"body_exact": 0.45, "published": 0.85, "body_token_f1": 0.97, "entity_f1": 0.85,
              "person_f1": 0.88, "place_f1": 0.93, "country": 0.9},
    # dev32 (16 articles written blind in session 13 in the seed's shape, 6 whole HTML pages, the text files
    # in cp1252, latin-1, UTF-8 with a BOM, CRLF, non-breaking spaces, hard-wrapped paragraphs) first scored
    # at 5b79133: body 12/16, token F1 0.991, title 16/16, published 16/16, entity F1 0.916, person 0.944,
    # place 0.961, country 230/249.
    "dev32": {"body_exact": 0.7, "published": 0.95, "body_token_f1": 0.985, "entity_f1": 0.89,
              "person_f1": 0.92, "place_f1": 0.94, "country": 0.9},
    # dev33 and dev34 (16 articles each written blind in session 14: scraped pages with chrome everywhere,
    # whole-page text, extractors' text and feed dumps, two hard-wrapped, 4 HTML pages each, two of them the
    # pages of text files in the set) first scored at c1fa462: dev33 body 12/16, token F1 0.984, title 14/16,
    # published 14/16, entity F1 0.889, person 0.918, place 0.944, country 234/260; dev34 body 10/16, token
    # F1 0.986, title 15/16, published 14/16, entity F1 0.914, person 0.920, place 0.949, country 228/249.
    "dev33": {"body_exact": 0.7, "published": 0.85, "body_token_f1": 0.975, "entity_f1": 0.86,
              "person_f1": 0.89, "place_f1": 0.92, "country": 0.87},
    "dev34": {"body_exact": 0.6, "published": 0.85, "body_token_f1": 0.975, "entity_f1": 0.88,
              "person_f1": 0.89, "place_f1": 0.92, "country": 0.89},
    # dev35 and dev36 (16 articles each written blind in session 14 from the dev33 brief, longer stories, 14
    # more outlets each) first scored at f062396: dev35 body 11/16, token F1 0.989, title 15/16, published
    # 15/16, entity F1 0.871, person 0.922, place 0.922, country 236/259; dev36 body 10/16, token F1 0.990,
    # title 13/16, published 15/16, entity F1 0.911, person 0.944, place 0.968, country 272/298.
    "dev35": {"body_exact": 0.65, "published": 0.9, "body_token_f1": 0.98, "entity_f1": 0.84,
              "person_f1": 0.89, "place_f1": 0.89, "country": 0.88},
    "dev36": {"body_exact": 0.6, "published": 0.9, "body_token_f1": 0.98, "entity_f1": 0.88,
              "person_f1": 0.91, "place_f1": 0.94, "country": 0.88},
    # dev37 (16 articles written blind in session 14 from the same brief with no deliberately hard leftovers,
    # 14 major outlets' page layouts) first scored at 5e2b616: body 14/16, token F1 0.997, title 15/16,
    # published 15/16, entity F1 0.893, person 0.940, place 0.937, country 234/250.
    "dev37": {"body_exact": 0.8, "published": 0.9, "body_token_f1": 0.99, "entity_f1": 0.86,
              "person_f1": 0.91, "place_f1": 0.91, "country": 0.9},
    # dev38 (18 files written blind in session 15 from the dev33 brief, 16 more outlets) and dev39 (18
    # files, the dev37 brief) first scored at ea296af: dev38 body 12/18, token F1 0.989, title 17/18,
    # published 15/18, entity F1 0.832, person 0.916, place 0.865, country 211/258; dev39 body 14/18, token
    # F1 0.994, title 17/18, published 17/18, entity F1 0.873, person 0.937, place 0.908, country 184/228.
    "dev38": {"body_exact": 0.6, "published": 0.8, "body_token_f1": 0.98, "entity_f1": 0.8,
              "person_f1": 0.88, "place_f1": 0.83, "country": 0.78},
    "dev39": {"body_exact": 0.7, "published": 0.9, "body_token_f1": 0.985, "entity_f1": 0.84,
              "person_f1": 0.9, "place_f1": 0.87, "country": 0.77},
    # dev40 (18 files written blind in session 15 from dev39's brief, stamps of many shapes asked for) first
    # scored at 23e7ea1: body 17/18, token F1 0.998, title 17/18, published 15/18, entity F1 0.879, person
    # 0.953, place 0.899, country 219/260.
    "dev40": {"body_exact": 0.85, "published": 0.8, "body_token_f1": 0.99, "entity_f1": 0.85,
              "person_f1": 0.92, "place_f1": 0.87, "country": 0.81},
    # dev41 and dev42 (20 files each written blind in session 16 from dev39's brief: European, Caucasian and
    # Central Asian outlets; African and Gulf outlets with stamps of many shapes) and dev43 (18 files, the
    # dev38 brief: a quarter hard, American and South American outlets), first scored at bcb391f: dev41 body
    # 15/20, token F1 0.995, title 20/20, published 20/20, entity F1 0.897, person 0.950, place 0.944,
    # country 270/323; dev42 body 17/20, token F1 0.996, title 19/20, published 20/20, entity F1 0.873,
    # person 0.859, place 0.943, country 259/301; dev43 body 10/18, token F1 0.982, title 17/18, published
    # 18/18, entity F1 0.893, person 0.922, place 0.926, country 252/289.
    "dev41": {"body_exact": 0.7, "published": 0.95, "body_token_f1": 0.985, "entity_f1": 0.86,
              "person_f1": 0.92, "place_f1": 0.91, "country": 0.8},
    "dev42": {"body_exact": 0.8, "published": 0.95, "body_token_f1": 0.985, "entity_f1": 0.84,
              "person_f1": 0.82, "place_f1": 0.91, "country": 0.82},
    "dev43": {"body_exact": 0.5, "published": 0.95, "body_token_f1": 0.97, "entity_f1": 0.86,
              "person_f1": 0.89, "place_f1": 0.89, "country": 0.83},
    # dev44 (18 files, dev39's brief, North American metro and business outlets on talks anywhere) written
    # blind late in session 16, first scored at afda27a: body 16/18, token F1 0.997, title 18/18, published
    # 18/18, entity F1 0.852, person 0.897, place 0.922, country 215/243.
    "dev44": {"body_exact": 0.8, "published": 0.95, "body_token_f1": 0.99, "entity_f1": 0.82,
              "person_f1": 0.86, "place_f1": 0.89, "country": 0.84},
    # dev45 (18 files, the same brief, British, Irish and European outlets; 4 HTML pages, two of them a text
    # file's page) and dev46 (18 files, Caribbean and Latin American outlets), written blind in session 17,
    # first scored at 63354e1: dev45 body 17/18, token F1 1.000, title 18/18, published 18/18, entity F1
    # 0.873, person 0.870, place 0.940, country 264/308; dev46 body 13/18, token F1 0.998, title 18/18,
    # published 18/18, entity F1 0.853, person 0.955, place 0.894, country 192/244.
    "dev45": {"body_exact": 0.9, "published": 0.95, "body_token_f1": 0.99, "entity_f1": 0.84,
              "person_f1": 0.84, "place_f1": 0.91, "country": 0.83},
    "dev46": {"body_exact": 0.7, "published": 0.95, "body_token_f1": 0.99, "entity_f1": 0.82,
              "person_f1": 0.92, "place_f1": 0.86, "country": 0.76},
    # dev47 (16 files, the same brief, Nordic, Baltic and Balkan outlets), written blind in session 17, first
    # scored at 1afd929: body 15/16, token F1 0.999, title 15/16, published 16/16, entity F1 0.896, person
    # 0.965, place 0.952, country 203/225.
    "dev47": {"body_exact": 0.85, "published": 0.95, "body_token_f1": 0.99, "entity_f1": 0.86,
              "person_f1": 0.93, "place_f1": 0.92, "country": 0.87},
    # dev48 (16 files, the same brief, US local and public-radio outlets), written blind in session 18, first
    # scored at 832ea44: body 13/16, token F1 0.994, title 16/16, published 16/16, entity F1 0.910, person
    # 0.971, place 0.938, country 243/278.
    "dev48": {"body_exact": 0.8, "published": 0.95, "body_token_f1": 0.99, "entity_f1": 0.87,
              "person_f1": 0.93, "place_f1": 0.9, "country": 0.84},
    # dev49 (16 files, the same brief, Canadian and Indian outlets), written blind in session 18, first scored
    # at 832ea44: body 14/16, token F1 0.997, title 14/16, published 14/16, entity F1 0.804, person 0.857,
    # place 0.919, country 156/196.
    "dev49": {"body_exact": 0.85, "published": 0.85, "body_token_f1": 0.99, "entity_f1": 0.77,
              "person_f1": 0.82, "place_f1": 0.88, "country": 0.76},
    # dev50 (16 files, the same brief, US policy, defence and trade-press outlets), written blind in session
    # 18, first scored at 31c668c: body 15/16, token F1 0.999, title 16/16, published 15/16, entity F1 0.908,
    # person 0.907, place 0.960, country 220/254.
    "dev50": {"body_exact": 0.9, "published": 0.9, "body_token_f1": 0.99, "entity_f1": 0.87,
              "person_f1": 0.87, "place_f1": 0.93, "country": 0.83},
    # dev51 (16 files, the same brief, the newsrooms of UN agencies, NGOs, the EU, NATO and the OSCE), written
    # blind in session 18, first scored at 1fc83cf: body 12/16, token F1 0.992, title 15/16, published 16/16,
    # entity F1 0.846, person 0.928, place 0.879, country 153/164.
    "dev51": {"body_exact": 0.7, "published": 0.95, "body_token_f1": 0.99, "entity_f1": 0.81,
              "person_f1": 0.89, "place_f1": 0.84, "country": 0.9},
    # dev52 (16 files, the same brief, UK regional and London papers: Evening Standard, Reach and Newsquest
    # titles, KentOnline, the EDP), written blind in session 19, first scored at aaa9c25: body 16/16, token F1
    # 1.000, title 16/16, published 16/16, entity F1 0.891, person 0.915, place 0.919, country 192/224.
    "dev52": {"body_exact": 0.95, "published": 0.95, "body_token_f1": 0.99, "entity_f1": 0.85,
              "person_f1": 0.88, "place_f1": 0.88, "country": 0.82},
    # dev53 (16 files, the same brief, news reports as newsletter, blog and aggregator platforms carry them:
    # Substack, Medium, Ghost, beehiiv, WordPress, Blogspot, LinkedIn, MSN, Flipboard, NewsBreak, Ground News,
    # SmartNews, Apple News, inkl), written blind in session 19, first scored at aaa9c25: body 8/16, token F1
    # 0.960, title 13/16, published 15/16, entity F1 0.886, person 0.928, place 0.905, country 212/232.
    "dev53": {"body_exact": 0.45, "published": 0.9, "body_token_f1": 0.95, "entity_f1": 0.85,
              "person_f1": 0.89, "place_f1": 0.87, "country": 0.88},
    # dev54 (16 files, the same brief, government and foreign-ministry newsrooms: readouts, statements and
    # releases), written blind in session 19, first scored at aaa9c25: body 15/16, token F1 0.999, title
    # 16/16, published 14/16, entity F1 0.860, person 0.822, place 0.953, country 206/225.
    "dev54": {"body_exact": 0.9, "published": 0.85, "body_token_f1": 0.99, "entity_f1": 0.82,
              "person_f1": 0.78, "place_f1": 0.92, "country": 0.88},
    # dev55 (16 files, the same brief, Caribbean and Central American outlets), written blind in session 19,
    # first scored at 2da1625: body 14/16, token F1 0.996, title 16/16, published 16/16, entity F1 0.859,
    # person 0.917, place 0.912, country 212/248.
    "dev55": {"body_exact": 0.85, "published": 0.95, "body_token_f1": 0.99, "entity_f1": 0.82,
              "person_f1": 0.88, "place_f1": 0.88, "country": 0.82},
    # dev56 (16 files, the same brief, stories as news databases, archives, read-later apps, feed readers and
    # an email forward give them), written blind in session 20, first scored at 92c871e: body 14/16, token F1
    # 0.995, title 15/16, published 16/16, entity F1 0.926, person 0.975, place 0.932, country 212/235.
    "dev56": {"body_exact": 0.85, "published": 0.95, "body_token_f1": 0.99, "entity_f1": 0.89,
              "person_f1": 0.94, "place_f1": 0.9, "country": 0.87},
    # dev57 (16 files, the same brief, US local TV and public-radio station sites), written blind in session
    # 20, first scored at bbf0e89: body 14/16, token F1 0.998, title 13/16, published 16/16, entity F1 0.835,
    # person 0.918, place 0.864, country 215/267.
    "dev57": {"body_exact": 0.85, "published": 0.95, "body_token_f1": 0.99, "entity_f1": 0.8,
              "person_f1": 0.88, "place_f1": 0.83, "country": 0.77},
    # dev58 (16 files, the same brief, think-tank and research-institute commentary), written blind in
    # session 20, first scored at bbf0e89: body 6/16, token F1 0.973, title 14/16, published 15/16, entity
    # F1 0.892, person 0.938, place 0.931, country 227/246.
    "dev58": {"body_exact": 0.3, "published": 0.9, "body_token_f1": 0.96, "entity_f1": 0.86,
              "person_f1": 0.9, "place_f1": 0.9, "country": 0.89},
    # dev59 (16 files, the same brief, pages as text-conversion tools leave them: a text browser's dump with
    # its list of links, Markdown from reader services, a whole-page copy, a reader app's export), written
    # blind in session 21, first scored at f522536: body 11/16, token F1 0.992, title 15/16, published 14/16
    # (one page failed as "not English": its wrapped lines were not joined), entity F1 0.897, person 0.925,
    # place 0.944, country 172/195.
    "dev59": {"body_exact": 0.65, "published": 0.85, "body_token_f1": 0.98, "entity_f1": 0.86,
              "person_f1": 0.89, "place_f1": 0.91, "country": 0.85},
    # dev60 (16 files, the same brief, business and financial press), written blind in session 21, first
    # scored at 743c139: body 15/16, token F1 0.997, title 16/16, published 15/16, entity F1 0.776, person
    # 0.839, place 0.856, country 161/185.
    "dev60": {"body_exact": 0.9, "published": 0.9, "body_token_f1": 0.99, "entity_f1": 0.74,
              "person_f1": 0.8, "place_f1": 0.82, "country": 0.83},
    # dev61 (16 files, the same brief, Ukrainian, Russian exile, Baltic and Polish outlets), written blind in
    # session 21, first scored at 743c139: body 14/16, token F1 0.996, title 16/16, published 15/16, entity F1
    # 0.882, person 0.968, place 0.891, country 245/268.
    "dev61": {"body_exact": 0.85, "published": 0.9, "body_token_f1": 0.99, "entity_f1": 0.85,
              "person_f1": 0.93, "place_f1": 0.86, "country": 0.88},
    # dev62 (16 files, the same brief, US, UK, Irish, Canadian and Australian regional papers running wire
    # copy), written blind in session 22, first scored at 9b943f6: body 14/16, token F1 0.998, title 16/16,
    # published 16/16, entity F1 0.905, person 0.946, place 0.951, country 216/241.
    "dev62": {"body_exact": 0.85, "published": 0.95, "body_token_f1": 0.99, "entity_f1": 0.87,
              "person_f1": 0.91, "place_f1": 0.92, "country": 0.86},
    # dev63 (16 files, the same brief, institutions' statements and press releases, some turned from PDF),
    # written blind in session 22, first scored at 9b943f6: body 12/16, token F1 0.991, title 16/16, published
    # 16/16, entity F1 0.858, person 0.870, place 0.894, country 169/193.
    "dev63": {"body_exact": 0.7, "published": 0.95, "body_token_f1": 0.98, "entity_f1": 0.82,
              "person_f1": 0.83, "place_f1": 0.86, "country": 0.84},
    # dev64 (16 files, the same brief, radio and broadcasters' sites with audio and video chrome), written
    # blind in session 22, first scored at 9b943f6: body 12/16, token F1 0.992, title 15/16, published 16/16,
    # entity F1 0.893, person 0.939, place 0.895, country 231/248.
    "dev64": {"body_exact": 0.7, "published": 0.95, "body_token_f1": 0.98, "entity_f1": 0.86,
              "person_f1": 0.9, "place_f1": 0.86, "country": 0.89},
    # dev65 (16 files, the same brief, the English editions of non-English outlets with their translation
    # notes), written blind in session 22, first scored at 5774266: body 10/16, token F1 0.986, title 16/16,
    # published 16/16, entity F1 0.874, person 0.934, place 0.921, country 191/214.
    "dev65": {"body_exact": 0.6, "published": 0.95, "body_token_f1": 0.98, "entity_f1": 0.84,
              "person_f1": 0.9, "place_f1": 0.89, "country": 0.86},
    # dev66 (16 files, the same brief, explainers, analyses and fact-checks), written blind in session 22,
    # first scored at 5774266: body 7/16, token F1 0.986, title 15/16, published 15/16, entity F1 0.894,
    # person 0.897, place 0.945, country 250/264.
    "dev66": {"body_exact": 0.4, "published": 0.9, "body_token_f1": 0.98, "entity_f1": 0.86,
              "person_f1": 0.86, "place_f1": 0.91, "country": 0.91},
    # dev67 (16 files, the same brief, live blogs and rolling coverage with their furniture), written blind in
    # session 23, first scored at 710706e: body 13/16, token F1 0.989, title 12/16, published 16/16, entity F1
    # 0.916, person 0.942, place 0.946, country 262/284.
    "dev67": {"body_exact": 0.75, "published": 0.95, "body_token_f1": 0.98, "entity_f1": 0.88,
              "person_f1": 0.9, "place_f1": 0.91, "country": 0.88},
    # dev68 (16 files, the same brief, magazines and long-form outlets: pull quotes, split drop caps, issue
    # lines, players, paywall teasers), written blind in session 23, first scored at 710706e: body 11/16,
    # token F1 0.998, title 15/16, published 16/16, entity F1 0.925, person 0.966, place 0.951, country
    # 209/237.
    "dev68": {"body_exact": 0.65, "published": 0.95, "body_token_f1": 0.99, "entity_f1": 0.89,
              "person_f1": 0.93, "place_f1": 0.91, "country": 0.84},
    # dev69 (16 files, the same brief, broadcasters' and podcasts' web stories: players, programme and
    # presenter lines, transcript links, station promos), written blind in session 24, first scored at
    # 93897bb: body 13/16, token F1 0.996, title 15/16, published 15/16, entity F1 0.923, person 0.946, place
    # 0.943, country 204/214.
    "dev69": {"body_exact": 0.75, "published": 0.9, "body_token_f1": 0.99, "entity_f1": 0.89,
              "person_f1": 0.91, "place_f1": 0.9, "country": 0.9},
    # dev70 (16 files, the same brief, pages that republish other outlets' stories: portals, aggregators,
    # release wires, digests, reader views, syndication notes), written blind in session 24, first scored at
    # 93897bb: body 13/16, token F1 0.993, title 16/16, published 16/16, entity F1 0.912, person 0.927, place
    # 0.968, country 163/199.
    "dev70": {"body_exact": 0.75, "published": 0.95, "body_token_f1": 0.98, "entity_f1": 0.87,
              "person_f1": 0.89, "place_f1": 0.93, "country": 0.77},
    # dev71 (16 files, the same brief, print-edition and e-paper text: e-paper viewers, archive exports, OCR,
    # jump lines, library records, press-cutting clips, replicas), written blind in session 25, first scored
    # at df78642: body 13/16, token F1 0.996, title 11/16, published 14/16, entity F1 0.908, person 0.973,
    # place 0.952, country 200/214.
    "dev71": {"body_exact": 0.75, "published": 0.8, "body_token_f1": 0.99, "entity_f1": 0.86,
             "person_f1": 0.93, "place_f1": 0.91, "country": 0.88},
    # dev72 (16 files, the same brief, newsletters and platform posts: Substack/Ghost/Beehiiv-style posts,
    # email archives, a forum repost, citizen and wiki news, a paid preview), written blind in session 25,
    # first scored at df78642: body 10/16, token F1 0.988, title 15/16, published 15/16, entity F1 0.917,
    # person 0.953, place 0.958, country 228/244.
    "dev72": {"body_exact": 0.55, "published": 0.9, "body_token_f1": 0.98, "entity_f1": 0.87,
             "person_f1": 0.91, "place_f1": 0.91, "country": 0.88},
    # dev73 (16 files, the same brief, pages as phones and light clients get them: AMP, lite, mobile,
    # app-share, paywall previews, metered and offline copies, channel posts, alert digests), written blind in
    # session 26, first scored at a80ac42: body 13/16, token F1 0.998, title 15/16, published 16/16, entity F1
    # 0.918, person 0.973, place 0.954, country 222/238.
    "dev73": {"body_exact": 0.75, "published": 0.95, "body_token_f1": 0.99, "entity_f1": 0.87,
             "person_f1": 0.93, "place_f1": 0.91, "country": 0.88},
    # dev74 (16 files, the same brief, saved copies of pages: web-archive snapshots, cached copies,
    # read-it-later and clipper exports, print-friendly pages, PDFs as text, exhibits, a screenshot thread),
    # written blind in session 26, first scored at a80ac42: body 16/16, token F1 1.000, title 13/16, published
    # 15/16, entity F1 0.916, person 0.973, place 0.948, country 213/231.
    "dev74": {"body_exact": 0.95, "published": 0.9, "body_token_f1": 0.99, "entity_f1": 0.87,
             "person_f1": 0.93, "place_f1": 0.9, "country": 0.87},
    # dev75 (16 articles written blind in session 27: institutional newsrooms (UN, EU, an alliance, missions,
    # humanitarian bodies, ministries, parliaments, think tanks, NGOs, regional blocs, militaries, embassies,
    # parties, release wires); 4 HTML pages, two of them a text file's page), first scored at 0a76250: body
    # 16/16, token F1 1.000, title 11/16, published 13/16, entity F1 0.875, person 0.926, place 0.921, country
    # 187/226.
    "dev75": {"body_exact": 0.95, "published": 0.8, "body_token_f1": 0.99, "entity_f1": 0.83,
             "person_f1": 0.88, "place_f1": 0.88, "country": 0.78},
    # dev76 (16 articles written blind in session 27: news in other forms (analysis, explainer, fact-check,
    # newsletter, Q&A, editorial, column, live wrap-up, what-we-know, timeline, data story, long read,
    # notebook, press review); 4 HTML pages, two of them a text file's page), first scored at 0a76250: body
    # 8/16, token F1 0.973, title 14/16, published 13/16, entity F1 0.919, person 0.964, place 0.931, country
    # 211/221.
    "dev76": {"body_exact": 0.45, "published": 0.8, "body_token_f1": 0.96, "entity_f1": 0.87,
             "person_f1": 0.92, "place_f1": 0.89, "country": 0.9},
    # dev77 (16 articles written blind in session 28: copies of news made by other software (wiki-news,
    # translation proxy, portal syndication, reader mode, AMP, print version, app share page, RSS reader,
    # read-later export, email forward, archive snapshot, PDF-to-text, screen-reader transcript, search
    # cache); 4 HTML pages, two of them a text file's page), first scored at aa2eb8f: body 15/16, token F1
    # 0.999, title 15/16, published 15/16, entity F1 0.954, person 0.971, place 0.957, country 248/268.
    "dev77": {"body_exact": 0.9, "published": 0.9, "body_token_f1": 0.98, "entity_f1": 0.91,
             "person_f1": 0.93, "place_f1": 0.91, "country": 0.88},
    # dev78 (16 articles written blind in session 28: Middle East and South Asian private outlets in English
    # (Gulf, Lebanese, Israeli, Jordanian, Pakistani, Indian, Bangladeshi, Sri Lankan, Nepali, Afghan exile,
    # Iraqi Kurdish, Turkish opposition, pan-Arab, Omani); 4 HTML pages, two of them a text file's page),
    # first scored at aa2eb8f: body 12/16, token F1 0.995, title 14/16, published 15/16, entity F1 0.869,
    # person 0.912, place 0.900, country 220/254.
    "dev78": {"body_exact": 0.7, "published": 0.9, "body_token_f1": 0.98, "entity_f1": 0.82,
             "person_f1": 0.87, "place_f1": 0.86, "country": 0.82},
    # dev79 (16 articles written blind in session 29: Nordic, Baltic and Eastern European regional outlets in
    # English (Finnish, Swedish, Norwegian, Danish, Icelandic, Estonian, Latvian, Lithuanian, Polish, a
    # Ukrainian regional, a Russian exile outlet, a Belarusian opposition site, Czech, Romanian); 4 HTML
    # pages, two of them a text file's page), first scored at 35fc860: body 14/16, token F1 0.997, title
    # 16/16, published 15/16, entity F1 0.880, person 0.957, place 0.945, country 238/270.
    "dev79": {"body_exact": 0.85, "published": 0.9, "body_token_f1": 0.98, "entity_f1": 0.84,
             "person_f1": 0.91, "place_f1": 0.9, "country": 0.83},
    # dev80 (16 articles written blind in session 29: news on sites whose main business is something else (a
    # sports site's politics desk, a markets page, a shipping journal, an energy newsletter, a tech policy
    # section, a travel advisory, a weather feed, a finance portal, a commodities site, an airline industry
    # site, a lifestyle magazine, a student paper, a religious news service, a machine-translated site); 4
    # HTML pages, two of them a text file's page), first scored at 35fc860: body 12/16, token F1 0.990, title
    # 14/16, published 13/16, entity F1 0.881, person 0.950, place 0.910, country 184/192.
    "dev80": {"body_exact": 0.7, "published": 0.8, "body_token_f1": 0.98, "entity_f1": 0.84,
             "person_f1": 0.91, "place_f1": 0.87, "country": 0.91},
    "heldout": {
        "body_exact": 0.6,
        "published": 1.0,
        "body_token_f1": 0.985,
        "entity_f1": 0.86,
        "person_f1": 0.77,
        "place_f1": 0.85,
        "country": 0.84,
    },
}


@pytest.fixture(scope="module", params=sorted(FLOORS))
def scored(request: pytest.FixtureRequest) -> tuple[str, ArticleScores]:
    folder = ARTICLES / request.param
    scores = score_folder([folder], lambda doc, published: parley.extract_document(doc, published))
    print(f"\n[{request.param}]\n{scores.report()}")
    return request.param, scores


def test_every_article_extracts(scored: tuple[str, ArticleScores]) -> None:
    _, s = scored
    assert s.files >= 8
    assert not [f for f in s.failures if "extraction failed" in f]


def test_floors(scored: tuple[str, ArticleScores]) -> None:
    name, s = scored
    floors = FLOORS[name]
    got = {
        "body_exact": s.body_exact / s.files,
        "published": s.published_right / s.files,
        "body_token_f1": s.body_tokens.f1,
        "entity_f1": s.entity("ALL").f1,
        "person_f1": s.entity("PERSON").f1,
        "place_f1": s.entity("PLACE").f1,
        "country": s.country_right / max(1, s.country_total),
    }
    below = {k: round(v, 3) for k, v in got.items() if v < floors[k]}
    assert not below, f"{name}: below the floor: {below} (floors {floors})"


@pytest.mark.parametrize(
    ("pred", "gold", "same"),
    [
        ("A said.\n\nB said.\n\nReuters contributed reporting.", "A said.\n\nB said.", True),
        ("A said.\n\nB said.", "A said.\n\nB said.\n\nAdditional reporting by Jo Li in Lagos.", True),
        ("A said.\n\nB  said.", "A said.\nB said.", True),
        ("A said.\n\n*Writing by Ana Ruiz; Editing by Tom Lee", "A said.", True),
        ("A said.", "A said.\n\n— With assistance from Ola Berg and Kim Dae", True),
        ("A said.\n\n(With inputs from agencies)", "A said.", True),
        ("A said.", "A said.\n\nWith reports from Reuters and The Associated Press", True),
        ("A said.", "A said.\n\nAdditional reporting: Reuters", True),
        ("A said.\n\nTranslated by Jo Roe. Edited by Kim Lee.", "A said.", True),
        ("A said.", "A said.\n\n— AFP", True),
        ("A said.\n\n(Reuters)", "A said.", True),
        ("A said.", "A said.\n\nWith AFP and agencies", True),
        ("A said.", "A said.\n\nAP/wires", True),
        ("A said.", "A said.\n\nab/cd (AFP, dpa)", True),
        ("A said.", "A said.\n\nDW with AFP, Reuters", True),
        ("A said.", "A said.\n\nThe Associated Press contributed.", True),
        ("A said.", "A said.\n\nJo Roe contributed to this story from Lagos.", True),
        ("A said.", "A said.\n\nWith additional reporting from AFP", True),
        ("A said.", "A said.\n\n— Jo Roe, AFP", True),
        ("A said.", "A said.\n\nCompiled by Jo Roe", True),
        ("A said.", "A said.\n\nContributing: Jo Roe", True),  # a US paper's label for the credit
        ("A said.\n\n— VNS", "A said.", True),  # a national paper's service as a wire
        ("A said.", "A said.\n\nContributing factors: fishing quotas", False),
        ("A said.", "A said.\n\nSource: Lake Times and news agencies", True),  # an outlet's with the wires
        ("A said.", "A said.\n\nSource: the ministry and the agencies it oversees.", False),
        ("A said.", "A said.\n\nAFP/dpa/ab", True),
        ("A said.\n\nKeystone-SDA/Reuters/jr", "A said.", True),
        ("A said.", "A said.\n\nAFP/Jo Roe", False),
        ("A said.", "A said.\n\nEvery party contributed to the fund, the ministry said.", False),
        ("A said.", "A said.\n\nAFP said.", False),
        ("A said.", "A said.\n\nReuters reported the talks ended.", False),
        ("A said.\n\nWith inputs from B, the talks went on.\n\nC said.", "A said.\n\nC said.", False),
        ("A said.\n\nSubscribe to our newsletter.", "A said.", False),
        ("A said.", "A said.\n\nB said.", False),
    ],
)
def test_same_story_allows_a_closing_credit_either_way(pred: str, gold: str, same: bool) -> None:
    from parley.evaluation import same_story

    assert same_story(pred, gold) is same


def test_blind_sets_report_aggregates_only() -> None:
    """Scoring a held-out folder leaves no per-article line to read; a development folder keeps them."""
    if not (ARTICLES / "heldout").is_dir():
        pytest.skip("no held-out folder")
    blind = score_folder([ARTICLES / "heldout"], parley.extract_document)
    assert blind.files > 0 and not blind.details
    assert not any(line.startswith("  !") for line in blind.report().splitlines())
    dev = score_folder([ARTICLES / "dev"], parley.extract_document)
    assert dev.details  # the dev set's per-entity misses are listed


@pytest.mark.parametrize(
    ("path", "blind"),
    [("a/heldout/x.gold.json", True), ("a/heldout3/x.gold.json", True), ("a/dev7/x.gold.json", False)],
)
def test_is_blind(path: str, blind: bool) -> None:
    from parley.evaluation import is_blind

    assert is_blind(Path(path)) is blind
