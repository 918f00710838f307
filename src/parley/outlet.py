"""The country of the outlet that published an article, as a prior for the people it names.

A national paper names foreign officials with their state and leaves its own unsaid: "Trade Minister Ahn
Duk-geun said" in a Seoul daily, "Trade Minister Budi Santoso" in a Jakarta one, even under a Geneva dateline.
The outlet's country comes from a known outlet's seat (the gazetteer's organisations), a state, people or
town its name carries ("The Korea Herald", "Dhaka Tribune"), or its URL's country-code domain; wires and
outlets written for the world (``international_outlets``) give none.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from parley.gazetteer import Gazetteer, alpha2_to_3, gazetteer


def _international(names: list[str], gaz: Gazetteer) -> bool:
    return any(n.lower() in gaz.international_outlets for n in names if n)


def _host(url: str | None) -> str:
    if not url:
        return ""
    host = urlsplit(url if "//" in url else "//" + url).hostname or ""
    return host.removeprefix("www.")


def _registered(host: str) -> str:
    """The name a site registered ("bbc.co.uk" of "news.bbc.co.uk", "dw.com" of "www.dw.com")."""
    parts = host.split(".")
    second_level = len(parts) >= 3 and len(parts[-1]) == 2 and parts[-2] in {"co", "com", "org", "net", "gov"}
    keep = 3 if second_level else 2
    return ".".join(parts[-keep:])


def _from_name(site: str, gaz: Gazetteer) -> str | None:
    """The state, people or town the name carries ("The Korea Herald", "Kathmandu Post", "Sudan Tribune":
    an exile's or a region's paper is read for its subject, not its seat), else a known outlet's seat. A
    town counts beside other words only: a one-word name ("Metro") is no town's paper."""
    name = site.strip().removeprefix("The ").strip()
    words = name.split()
    for i in range(len(words)):
        for j in range(min(len(words), i + 3), i, -1):
            part = " ".join(words[i:j])
            if iso := gaz.country(part) or gaz.demonym(part):
                return iso
            place = gaz.place(part)
            if place and place.country and len(words) > j - i:
                return place.country
    info = gaz.org(name) or gaz.org(site.strip())
    return info.country if info else None


def _from_domain(host: str, gaz: Gazetteer) -> str | None:
    tld = host.rsplit(".", 1)[-1] if "." in host else ""
    if len(tld) != 2 or tld in gaz.vanity_domains:
        return None
    return alpha2_to_3(tld.upper())


def outlet_country(site: str | None, url: str | None) -> str | None:
    """ISO alpha-3 of the newsroom behind ``site`` (its name as the page gives it) or ``url``; None for a
    wire, a world outlet or an outlet nothing places."""
    gaz = gazetteer()
    host = _host(url)
    if _international([site or "", _registered(host) if host else ""], gaz):
        return None
    if site and (iso := _from_name(site, gaz)):
        return iso
    return _from_domain(host, gaz) if host else None
