"""The loop both held-out sets' build_gold.py share: it writes each passage's text file, finds
every annotated toponym's UTF-8 byte offsets (never by hand), checks the quotes and the place
table, and writes the gold file in the format of ../shared/eval/seeds.gold.json.

build(name, passages, places, about, words=(lo, hi), sort_toponyms=False) returns the number of
errors it printed; a passage is dict(slug, pub, text, tops, events, mn) as each script's add()
makes it, places maps a key to (name, country, level, lat, lon, scored)."""
import json
import os
import re


def _word_re(t):
    return rb'(?<![A-Za-z])' + re.escape(t) + rb'(?![A-Za-z])'


def toponyms(p):
    """The passage's annotated toponyms with offsets, each at its next free occurrence; and errors."""
    b = p['text'].encode('utf-8')
    tops, pos, errs = [], {}, 0
    for (t, pl, role) in p['tops']:
        tb, s = t.encode(), -1
        for m in re.finditer(_word_re(tb), b):
            if m.start() >= pos.get(t, 0) and not any(x['start'] < m.end() and m.start() < x['end'] for x in tops):
                s = m.start()
                break
        if s < 0:
            print("MISSING", p['slug'], t)
            errs += 1
            continue
        pos[t] = s + len(tb)
        tops.append(dict(text=t, start=s, end=s + len(tb), place=pl, role=role))
    ann = [(x['start'], x['end']) for x in tops]
    for (t, _, _) in p['tops']:
        for m in re.finditer(_word_re(t.encode()), b):
            if not any(s <= m.start() and m.end() <= e for s, e in ann):
                print("UNANNOTATED occurrence", p['slug'], t, m.start())
                errs += 1
    return tops, errs


def events(p, used):
    """The passage's gold events (adding their places to used); and errors."""
    evs, errs = [], 0
    for e in p['events']:
        eid, typ, pl, prec, date, dp, actors, counts, quote, req = e[:10]
        also = e[10] if len(e) > 10 else []
        alt = e[11] if len(e) > 11 else []
        for q in [quote] + list(also):
            if q not in p['text']:
                print("QUOTE MISSING", p['slug'], eid, q[:40])
                errs += 1
        ev = dict(id=eid, type=typ, required=req, place=pl, geo_precision=prec, date=date, date_precision=dp, actors=actors)
        ev.update(counts)
        ev['quote'], ev['also'] = quote, list(also)
        if alt:
            ev['alt_places'] = alt
            used.update(alt)
        used.add(pl)
        evs.append(ev)
    return evs, errs


def build(name, passages, places, about, words, sort_toponyms=False):
    out = dict(about=about, places={}, articles=[])
    used, errs = set(), 0
    texts = 'testdata/%s/texts' % name
    os.makedirs(texts, exist_ok=True)
    for p in passages:
        with open('%s/%s.txt' % (texts, p['slug']), 'wb') as f:
            f.write(p['text'].encode('utf-8'))
        tops, e1 = toponyms(p)
        if sort_toponyms:
            tops.sort(key=lambda x: x['start'])
        used.update(x['place'] for x in tops)
        evs, e2 = events(p, used)
        mn = [dict(type=t, place=pl, why=w) for (t, pl, w) in p['mn']]
        used.update(m['place'] for m in mn)
        wc = len(p['text'].split())
        if not words[0] <= wc <= words[1]:
            print("WORDS", p['slug'], wc)
            errs += 1
        errs += e1 + e2
        out['articles'].append(dict(id=p['slug'], file='%s/texts/%s.txt' % (name, p['slug']), published=p['pub'],
                                    toponyms=tops, events=evs, must_not=mn))
    for k in sorted(used):
        if k not in places:
            print("NO PLACE", k)
            errs += 1
            continue
        n, c, l, la, lo, sc = places[k]
        out['places'][k] = dict(name=n, country=c, level=l, lat=la, lon=lo, geonames_id=None, scored=sc)
    unused = sorted(set(places) - used)
    if unused:
        print("unused place keys:", unused)
    with open('testdata/%s/%s.gold.json' % (name, name), 'w') as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
    print(len(passages), "articles", errs, "errors")
    return errs
