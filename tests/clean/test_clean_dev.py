"""Regression on the development articles (tests/data/articles/dev*): body, title and date as in gold.

The held-out set is never read here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from parley.clean import clean
from parley.evaluation import optional_credit, same_story

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"
# Development folders only (dev, dev2, ...); the held-out folder is never globbed.
GOLD = sorted(p for d in sorted(ARTICLES.glob("dev*")) if d.is_dir() for p in d.glob("*.gold.json"))
# Articles of a new development set that the cleaner does not get right yet. Strict: a fix that makes one
# pass must take it off this list. (dev4 was first scored blind at 4d30ddb: 3/10 clean; now 10/10, after
# GOLD_FORMAT.md settled that an appended correction is a note, not body, as dev3 already had it.)
# dev5 (new page styles) was first scored blind at aa557e3: body exact 3/8, title 8/8, published 6/8,
# cruft left 10/136 snippets, body tokens P 0.956 R 1.000; now 8/8 (layout tables, syndication and
# editing notes, press-release sections, outlet-initials datelines, "date | place" stamps).
# dev6 (cruft that reads like story: teasers with summaries, pull quotes, sentence captions, deks, bios,
# series and funding notes, fact and timeline boxes) was first scored blind at 9217e5e (with other helpers'
# uncommitted work in the tree): body exact 2/6, title 5/6, published 6/6, cruft left 28/132 snippets,
# body tokens P 0.842 R 1.000.
# dev7 (9 articles written in session 3 by three helpers blind to the code, with the same brief as the blind
# heldout3, so that it samples the same kind of pages) was first scored at aa2d589: body exact 8/9, title 7/9,
# published 7/9, cruft left 1/119 snippets, body tokens P 0.992 R 1.000.
# dev8 (9 articles written in session 3 by three helpers blind to the code, told to avoid earlier topics
# and to invent unusual page styles: a TV station, print editions turned into text, AMP, an aggregator) was
# first scored at c59ae98: body exact 7/9, title 9/9, published 8/9, body tokens P 0.989 R 0.915.
# dev9 (6 articles written in session 3 by three helpers blind to the code, with the heldout3 and dev7 brief)
# was first scored at 3ea8fb3: body exact 6/6, title 6/6, published 5/6; quote+speaker .817, date value .836,
# entities .875, events type+actor .628.
# dev10 (9 articles written in session 4 by three helpers blind to the code, one per region, told to put
# cruft in the middle of the story and cruft that reads like story) was first scored at 96e1f26: body exact
# 7/9, title 9/9, published 9/9, body tokens P 0.991 R 1.000; quote+speaker .919, date value .961, entities
# .855, events type+actor .616; now 9/9 (blog like-widgets, inline 'About the author:' bios, comments found
# by their stamps).
# dev11 (9 articles written in session 4 by three helpers blind to the code, each page modelled on a
# different kind of site: wire, broadcaster, broadsheet, paywalled business paper, blog platform) was first
# scored at 669394e: body exact 5/9, title 9/9, published 8/9, body tokens P 0.979 R 0.999; quote+speaker
# .900, date value .842, entities .837, events type+actor .630; now body 8/9, published 9/9 (bracketed ad
# tags, sales copy under an advert label, tip-line prompts, embedded posts, author cards, credits no longer
# taken as link runs, 'Published at : <date>'); 9/9 once a closing credit line counts as optional here as in
# the evaluation (GOLD_FORMAT lets an annotator keep or leave it).
# dev12 (9 articles written in session 4 by three helpers blind to the code, pages modelled on other kinds of
# site: state agency, radio stations, a broadcaster's foreign service, an aggregator, an e-paper view) was
# first scored at 2554501: body exact 4/9, title 6/9, published 9/9, body tokens P 0.969 R 0.998;
# quote+speaker .883, date value .907, entities .805, events type+actor .655; now body 9/9, title 9/9
# (traffic, weather and market notes; adverts for top-ups and services; print imprints; aggregators'
# disclaimers; stations' taglines; hashtag runs; continuation headers repeating the headline; one-line
# paragraphs not taken for a hard-wrapped page).
# dev14 is the former blind heldout2 (12 articles written blind in session 2), made development data in
# session 4 because the cleaner rules written on dev6..dev13 no longer moved the blind bodies (21/30) and its
# failures were the best guide to kinds of page not yet seen; a new blind heldout4 replaces it. Last blind
# score at 7d74b89: body 5/12, title 9/12, published 12/12, body tokens P 0.975 R 0.993.
# Now body 12/12, title 12/12, source 12/12 (glued photo credits of any owner, error-report prompts, agency
# self-notes, sign-up boxes, question headlines over deks, live entry heads, metadata kickers; sew's gold no
# longer lists its closing credit line as removed; pnw's uncredited present-tense caption between past-tense
# paragraphs).
PENDING: frozenset[str] = frozenset(
    {
        # dev15 (9 articles written blind in session 5: Markdown from a reader service, a paywall, a wire
        # story republished, a JS-framework page, a press release, a live blog, HTML entities in the cruft)
        # first scored at b8ab65a: body 6/9, title 5/9, token F1 0.983.
        "dev15/a_montevideoledger_plata_channel_paywall",
        # dev16 (9 articles written blind in session 5 in the page styles of real major outlets) first scored
        # at b8ab65a: body 7/9, title 8/9, token F1 0.997.
        # dev17 (12 articles written blind in session 5 in the page styles of real major outlets) first scored
        # at bd7d4f1: body 7/12, title 12/12, token F1 0.989; now 12/12 (outlets' self-descriptions and
        # imprints, agency datelines "CITY, Month D. /AGENCY/.", unbulleted summary boxes, alerts prompts,
        # acknowledgements of country, agency-material notes, asterisked desk footnotes, wire credits).
        # dev18 (16 articles written blind in session 6 in the page styles of real major outlets, told to put
        # in cruft that reads like prose: teasers with a summary sentence, sentence captions, bios, promos)
        # first scored at db791b7: body 3/16, title 15/16, published 15/16, token F1 0.969; now body 13/16,
        # title 16/16 (machine-made summaries, outlets' boxes under a trailing head, wire revision notes,
        # consent lines, legal small print, position-marked captions, video blurbs, title-case datelines,
        # site suffixes, present-tense captions with plural subjects, explainer questions glued over
        # their answers).
        "dev18/d_dailymaverick_drc_rwanda_draft",
        "dev18/d_hindustantimes_dgmo_hotline",
        # dev19 (12 articles written blind in session 6, same brief as dev18, other outlets) first scored at
        # 5708ed4: body 4/12, title 11/12, published 12/12, token F1 0.970.
        "dev19/c_irishtimes_gaza_doha_talks",
        # dev20 (12 articles written blind in session 6, same brief as dev18, regional outlets) first scored
        # at fc81ee9: body 4/12, title 10/12 (11/12 once its Yonhap gold title lost the "(LEAD)" wire tag, as
        # dev3's did), published 12/12, token F1 0.979.
        "dev20/a_eurasianet_kyrgyz_tajik_border",
        # dev21 (8 articles written blind in session 6, real outlets' page styles with varied title layouts:
        # site suffixes, kickers, labels, repeated and split headlines, og:title vs h1) first scored at
        # 1181b00: body 3/8, title 4/8, published 8/8, token F1 0.988.
        # dev22 (16 articles written blind in session 7 in the page styles of new real outlets, half of them
        # HTML pages with several title candidates, prose-like cruft asked for) first scored at bb687f1: body
        # 6/16, title 12/16, published 14/16, token F1 0.981.
        # dev23 (16 articles written blind in session 7 in 16 more outlets' page styles, with story lines that
        # look like cruft: one-line paragraphs, lists of terms, "Read ..." openings) first scored at bb687f1:
        # body 5/16, title 16/16, published 13/16, token F1 0.977.
        "dev23/d_mercopress_us_china_geneva_soy",
        "dev23/d_news24_drc_rwanda_washington_draft",
        # dev24 (16 articles written blind in session 8 in 16 more outlets' page styles, with prose-like cruft
        # and story ends that look like cruft) first scored at 50a8804: body 8/16, title 16/16, published
        # 15/16.
        "dev24/b_stuff_istanbul_prisoner_swap",
        "dev24/d_chicagotribune_geneva_tariff_truce",
        # dev25 (16 articles written blind in session 9 in 16 more outlets' page styles, the blind sets'
        # brief) first scored at 725dbef: body 11/16, title 15/16, published 14/16, token F1 0.997; all
        # exact by the end of the session.
        # dev26 (16 more outlets, the same brief, written at the end of session 9) first scored at 6a28f26:
        # body 12/16, title 15/16, published 15/16, token F1 0.995.
        # dev27 (16 more outlets, the same brief, written in session 10) first scored at 7184784: body 11/16,
        # title 15/16, published 15/16, token F1 0.992.
        # dev28 (16 more outlets in the seed's shape, an extractor's text with the leftovers of the story's
        # container, written in session 13) first scored: body 12/16, title 15/16, published 15/16, token
        # F1 0.983.
        "dev28/b_foreignpolicy_indus_treaty_mediator",  # an unlabelled one-sentence related headline
        # dev29 (16 more outlets in the seed's shape, written in session 13 after the dev28 rules) first
        # scored at 699a590: body 15/16, title 16/16, published 16/16, token F1 0.992; the one left (an
        # appeal's second paragraph without "we") exact in the same session.
        # dev30 (16 more outlets in the seed's shape, 6 as whole HTML pages, written in session 13) first
        # scored at 3be2f0e: body 12/16, title 16/16, published 16/16, token F1 0.992.
        "dev30/g_khmertimes_cambodia_thailand_demining_deal",  # an unlabelled related headline, a sentence
        "dev30/g_tolonews_doha_prisoner_talks",  # the same
        # dev31 (16 more outlets in the seed's shape, in other genres: columns and editorials as "we",
        # analyses, interviews, explainers, live blogs, releases, briefings) first scored at 4916c31: body
        # 8/16, title 14/16, published 14/16, token F1 0.979; all exact in session 14 (a two-word editorial
        # headline, a roundup's section labels, a "Live:" headline kept whole).
        # dev33 and dev34 (16 articles each written blind in session 14: scraped pages with chrome everywhere,
        # whole-page text, extractors' text, feed dumps, hard-wrapped text, HTML) first scored at c1fa462:
        # body 12/16 and 10/16, title 14/16 and 15/16, published 14/16 and 14/16; titles and dates 32/32
        # within the session (a breadcrumb trail ending in a section, metadata lines with pipes,
        # "Mar 11,2025", a wrapped head block).
        "dev33/o_bti_croatia_serbia_missing_persons",  # a sentence caption, a sentence related headline
        "dev33/o_hetq_armenia_turkey_border",  # the same
        "dev33/o_syriadirect_sdf_damascus_talks",  # the same
        "dev34/q_iol_sa_us_tariff_framework",
        "dev34/q_punch_ecowas_aes_negotiations",
        "dev34/q_ynetnews_israel_syria_baku_talks",
        # dev35 and dev36 (16 articles each, the same brief, written blind in session 14) first scored at
        # f062396: body 11/16 and 10/16, title 15/16 and 13/16, published 15/16 and 15/16; titles and dates
        # 32/32 within the session.
        "dev35/u_almayadeen_yemen_prisoner_talks",  # sentence captions, a sentence related headline
        "dev35/u_dailymail_taliban_british_couple",  # two sentence captions
        "dev35/u_spectator_serbia_kosovo_dialogue",  # a sentence related headline
        "dev36/x_benarnews_deep_south_talks",  # a title-case dateline of two places with a hyphen
        "dev36/x_kathimerini_greece_turkey_dialogue",  # a sentence related headline
        "dev36/x_thediplomat_torkham_talks",  # the same
        # dev37 (16 articles, the same brief without deliberately hard leftovers, major outlets' layouts,
        # written blind in session 14) first scored at 5e2b616: body 14/16, title 15/16, published 15/16; the
        # hard-wrapped page exact within the session (a reading time run on after the clock, a byline in lower
        # case, a section label over the headline, a verbless lead caption dated to the day).
        "dev37/r_aljazeera_sudan_jeddah_talks",  # a present-tense standfirst under the title, no byline
        # dev38 (18 files written blind in session 15 from the dev33 brief, 16 more outlets, 4 HTML pages, two
        # of them the pages of text files) and dev39 (18 files, the dev37 brief: no deliberately hard
        # leftovers, half of the text files an extractor's output) first scored at ea296af: dev38 body 12/18,
        # title 17/18, published 15/18; dev39 body 14/18, title 17/18, published 17/18.
        # dev40 (18 files, dev39's brief with stamps of many shapes, written blind in session 15) first scored
        # at 23e7ea1: body 17/18, title 17/18, published 15/18 (the three dates exact within the session:
        # Nordic and Portuguese stamp words and months).
        "dev40/t_charter97_belarus_prisoner_talks",  # a text dump's site line taken for the wrapped headline
        "dev40/t_publico_mozambique_chapo_mondlane",  # a two-sentence standfirst in the HTML page's header
        "dev38/v_channel4_uk_france_returns_deal",
        "dev38/v_err_narva_river_buoys",
        # dev41 and dev42 (20 files each, dev39's brief) and dev43 (18 files, dev38's brief: a quarter
        # hard), written blind in session 16, first scored at bcb391f: body 15/20, 17/20 and 10/18, title
        # 20/20, 19/20 and 17/18, published 20/20, 20/20 and 18/18; dev41 and dev42 all exact within the
        # session.
        "dev43/ae_motherjones_plastics_treaty_geneva",  # a related story told as a sentence
        "dev43/ae_newyorker_serbia_kosovo_bridge",  # a sentence caption without credit, a sentence teaser
        "dev43/ae_propublica_congo_rwanda_minerals",  # an earlier investigation told as a sentence
        "dev43/ae_reason_us_india_tariff_talks",  # a bare writer's name under a title-case two-sentence head
        # dev44 (18 files, dev39's brief, written blind late in session 16) first scored at afda27a: body
        # 16/18, title 18/18, published 18/18.
        "dev44/ag_thetyee_softwood_talks_stall",  # a two-sentence dek that reports, under a title-case head
        # dev48 (16 files, dev39's brief, US local and public-radio outlets) and dev49 (16 files, Canadian and
        # Indian outlets), written blind in session 18, first scored at 832ea44: body 13/16 and 14/16, title
        # 16/16 and 14/16, published 16/16 and 14/16; both exact within the session (rights, funders' and
        # broadcast notes; an archive record's head; a wrapped head block; a dek the story tells again).
        # dev50 (16 files, the same brief, US policy, defence and trade-press outlets), written blind in
        # session 18, first scored at 31c668c: body 15/16, title 16/16, published 15/16; exact within the
        # session.
        # dev51 (16 files, the same brief, the newsrooms of UN agencies, NGOs, the EU, NATO and the OSCE),
        # written blind in session 18, first scored at 1fc83cf: body 12/16, title 15/16, published 16/16; now
        # body 14/16 (a rights line with a long source; an independence line over who funds the work). In
        # session 21 a feed record's marker heading no more joined to the title; left: the Council's "Next
        # steps:" line, a UN page's summary (a "-summary" class names a story's container as often).
        "dev51/as_consilium_syria_sanctions_lifted",
        "dev51/as_unnews_cyprus_geneva_talks_page",
        # dev53 (16 files, the same brief, newsletter, blog and aggregator platforms), written blind in
        # session 19, first scored at aaa9c25: body 8/16, title 13/16, published 15/16; now body 16/16,
        # title 15/16 (a blog's description over its post's title left; a newsletter's two-sentence
        # headline, "<X>. Here's what's blocking it.", taken since session 20), published 16/16.
        "dev53/aw_blogspot_sri_lanka_india_fishermen",
        # dev56 (16 files, the same brief, news databases, archives, read-later apps, feed readers, an email
        # forward), written blind in session 20, first scored at 92c871e: body 14/16, title 15/16, published
        # 16/16; exact within the session (a caption with its credit in brackets over the lead, a database
        # record's abstract, a headline shouted in capitals under the mail's subject line).
        # dev57 (16 files, the same brief, US local TV and public-radio station sites), written blind in
        # session 20, first scored at bbf0e89: body 14/16, title 13/16, published 16/16; exact within the
        # session (a reading-time label, a player's length and a "by:" byline taken for titles; a station's
        # live-stream and evening-bulletin promos).
        # dev58 (16 files, the same brief, think-tank and research-institute commentary), written blind
        # in session 20, first scored at bbf0e89: body 6/16, title 14/16, published 15/16; body 13/16 within
        # the session (institutes' independence notes, authors' notes, a wider-wrapped rights line, a lead
        # closed by a footnote marker, numbered notes under their heading); all exact in session 21 (a
        # centre's blurb under its name, a past-tense dek over a share bar, a monitor's coverage and sources
        # notes, a daily assessment dated in its headline over its writers, a stamp with the programme).
        # dev60 (16 files, the same brief, business and financial press) and dev61 (16 files, Ukrainian,
        # Russian exile, Baltic and Polish outlets), written blind in session 21, first scored at 743c139:
        # body 15/16 and 14/16, title 16/16 and 16/16, published 15/16 and 15/16; all exact within the session
        # (a "summary-list" class, a stamp's sections over its labelled date, the writers run into their
        # date, an outlet's terms for reuse).
        # dev54 (16 files, the same brief, government and foreign-ministry newsrooms), written blind in
        # session 19, first scored at aaa9c25: body 15/16, title 16/16, published 14/16 (a third page's date
        # right, its source not); all exact within the session (a newsroom's stamp line, a language note).
        # dev55 (16 files, the same brief, Caribbean and Central American outlets), written blind in session
        # 19, first scored at 2da1625: body 14/16, title 16/16, published 16/16; exact within the session (a
        # blog feed's footer, a wire source line, a rights line's reuse note).
        # dev62 (16 files, the same brief, regional papers running wire copy), dev63 (16 files, institutions'
        # statements and press releases, some turned from PDF) and dev64 (16 files, radio and broadcasters'
        # sites), written blind in session 22, first scored at 9b943f6: body 14/16, 12/16 and 12/16, title
        # 16/16, 16/16 and 15/16, published 16/16 each; all exact within the session (an agency's "first
        # published" tag, UN and EU standing notes, "Notes to editors:" over one sentence, a production
        # credit, a programme's blurb and transcript note, a player's shorter headline over the lead).
        # dev65 (16 files, the same brief, the English editions of non-English outlets) and dev66 (16 files,
        # explainers, analyses and fact-checks), written blind in session 22, first scored at 5774266: body
        # 10/16 and 7/16, title 16/16 and 15/16, published 16/16 and 15/16; all exact in session 23
        # (translation notes, a byline's bracketed post, a dek over a translation note, a newsletter's
        # greeting, a pitch as a question, a method note, a suggested citation, a timeline page's stamp;
        # dev66's gold lost six pages' crossheads, which the older golds leave out).
        # dev67 (16 files, the same brief, live blogs and rolling coverage) and dev68 (16 files, magazines and
        # long-form outlets), written blind in session 23, first scored at 710706e: body 13/16 and 11/16,
        # title 12/16 and 15/16, published 16/16 each; bodies all exact in session 23 (split drop caps,
        # summary boxes under a skip link or a dek, a box's present-tense point, calls for sources, a
        # charity's ask), and two live pages' titles ("– live" kept under a "Live" badge, "Key Events" heads
        # a list). Left: "<Agency> LIVE:" and "LIVE FEED |" labels, which the gold cuts though dev67's own
        # "LIVE: <headline>" and dev31's keep theirs, and a magazine's caption taken for its title.
        "dev67/bw_meridianpress_thailand_cambodia_truce",
        "dev67/bw_mzansidaily_drc_troop_withdrawal",
        "dev68/bx_kompass_ukraine_russia_pow_swap",
        # dev69 (16 files, the same brief, broadcasters' and podcasts' web stories) and dev70 (16 files, pages
        # that republish other outlets' stories), written blind in session 24, first scored at 93897bb: body
        # 13/16 each, title 15/16 and 16/16, published 15/16 and 16/16; exact within the session but three (a
        # release wire's dateline, a wire's priority field, a licensor's rights line, a presenter line, a
        # credits paragraph, station promos). Left: a programme's name over its presenter taken for the title
        # of a page with none; a blogger's comment under the wire copy's credit; an intranet's boxed note.
        "dev69/ce_dominion_iran_e3_istanbul",
        "dev70/cf_greenlinenotebook_cyprus_geneva_talks",
        "dev70/cf_insidehl_india_eu_fta_round",
        # dev71 (16 files, the same brief, print-edition and e-paper text) and dev72 (16 files, newsletters
        # and platform posts), written blind in session 25, first scored at df78642: body 13/16 and 10/16,
        # title 11/16 and 15/16, published 14/16 and 15/16. Left after session 26: a forum poster's comment
        # and the thread's title over the story.
        "dev72/cl_geopolforums_iran_us_muscat_round",
        # dev75 (16 files, the same brief, institutional newsrooms) and dev76 (16 files, news in other forms:
        # analysis, explainers, fact-checks, newsletters, columns, timelines, data stories, press reviews),
        # written blind in session 27, first scored at 0a76250: body 16/16 and 8/16, title 11/16 and 14/16,
        # published 13/16 each. Session 29: dev76's timeline, next-column line and press review disclaimer.
        "dev75/cw_dicthai_border_committee",
        "dev75/cw_unglobaldesk_yemen_detainees",
        "dev75/cw_wacom_aes_transition",
        "dev76/cx_adriatic_herald_serbia_kosovo_editorial",
        "dev76/cx_brusselsbreakfast_uk_eu_reset_newsletter",
        "dev76/cx_continental_live_drc_rwanda_wrap",
        "dev76/cx_factline_thai_cambodia_temple_factcheck",
        "dev76/cx_meridian_armenia_azerbaijan_analysis",
        "dev76/cx_northernrecord_ukraine_russia_pow_data",
        # dev77 (16 files, the same brief, copies of news made by other software) and dev78 (16 files, Middle
        # East and South Asian private outlets), written blind in session 28, first scored at aa2eb8f: body
        # 15/16 and 12/16, title 15/16 and 14/16, published 15/16 each; both 16/16 in session 29 (a one-line
        # banner over the headline, a caption credited after a dash, a note on the outlet's unnamed
        # reporters).
        # dev79 (16 files, the same brief, Nordic, Baltic and Eastern European regional outlets) and dev80 (16
        # files, news on sites whose main business is something else), written blind in session 29, first
        # scored at 35fc860: body 14/16 and 12/16, title 16/16 and 14/16, published 15/16 and 13/16. By the
        # session's end every dev79 page passes here, and 12 of dev80's.
        "dev80/dj_agriprice_palmoiltalks",
        "dev80/dj_globalnewsline_japanseafood",
        "dev80/dj_pib_iraqturkeypipeline",
        # an advisory's number before its stamp ("Advisory ID ... · Issued ..."): read as a field beside the
        # date, it cost a blind set a date at CI, so that reading was taken back and this page waits.
        "dev80/dj_safetransit_thaicambodia_page",
    }
)


def _norm(text: str | None) -> str | None:
    return None if text is None else " ".join(text.split())


@pytest.mark.skipif(not GOLD, reason="no development articles")
@pytest.mark.parametrize(
    "gold_path", GOLD, ids=[f"{p.parent.name}/{p.name.removesuffix('.gold.json')}" for p in GOLD]
)
def test_dev_article(gold_path: Path, request: pytest.FixtureRequest) -> None:
    if f"{gold_path.parent.name}/{gold_path.name.removesuffix('.gold.json')}" in PENDING:
        request.applymarker(pytest.mark.xfail(strict=True, reason="new development article, not yet cleaned"))
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    src = gold_path.with_name(gold["source"])
    raw = src.read_bytes().decode(gold.get("encoding") or "utf-8")
    got = clean(raw, is_html=src.suffix in {".html", ".htm"})
    if not same_story(got.body, gold["body"]):  # a closing credit line may be kept or left out (GOLD_FORMAT)
        assert _norm(got.body) == _norm(gold["body"])
    assert _norm(got.title) == _norm(gold.get("title"))
    # A date the page does not state (published_source null: it comes by argument) is not the cleaner's.
    assert got.published == (gold.get("published") if gold.get("published_source") else None)
    if gold.get("published") and gold.get("published_source"):
        assert got.published_source == gold.get("published_source")
    for snippet in gold.get("removed", []):
        if not optional_credit(snippet):  # a closing credit may stay (GOLD_FORMAT)
            assert _norm(snippet) not in _norm(got.body)
