#!/usr/bin/env python3
"""Builds the evaluation corpus (seeds/eval/) from authoring files (seeds/eval/authoring/).

An authoring file (*.session) is a coaching session written by the team, one spoken line per line:

    # title: Promotion decision
    # format: vtt            (txt | timed-txt | vtt | srt | assemblyai)
    # coach: Dana Lee        (display name of C; default Coach)
    # client: Sam Ortiz      (display name of K; default Client)
    # client2: Ari Moss      (display name of K2, for team coaching)
    # session: TS4001=false  (session-level judgements)
    # levels: 4.1=clear ... PCC4.1=limited ... overall=clear  (an assessor's evidence level per row)
    # note: free text         (annotation decisions; every '# note...' line joins the sidecar's "notes")

    C: What would you like to focus on today?            || TS4005
    K+3.2: The promotion, I think.                         (starts 3.2 s after the previous line ends)
    C~0.8: Sorry, go on.                                   (starts 0.8 s before the previous line ends)
    C: That sounds heavy. || TS4401 TS4501 | "sounds heavy"

Speakers: C (coach), K (client), K2 (second client), O (observer). Consecutive lines of one speaker
become one turn (that is how TrustSafety builds turns), so annotations on any of those lines belong
to the turn. After "||" come the marker IDs present (docs/evaluation.md), then optionally
| "quote": a verbatim substring of that line that shows the evidence (default: its first six words).
Times are computed: 0.38 s per word plus 0.4 s per line, 0.7 s between speakers and 0.25 s within
a turn unless +GAP or ~OVERLAP says otherwise.

Run: python3 tools/corpus/build_corpus.py            rebuilds seeds/eval/{tuning,heldback}/ and prints counts
     python3 tools/corpus/build_corpus.py s01 h02    rebuilds only those sessions (by file stem)
"""
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
AUTHORING = ROOT / "seeds" / "eval" / "authoring"
OUTPUT = ROOT / "seeds" / "eval"
LINE = re.compile(r"^(C|K2|K|O)([+~]\d+(?:\.\d+)?)?:\s*(.*)$")
SESSION_MARKERS = {"TS4001"}


LEVELS = ("notObserved", "limited", "clear", "contradicted")
LEVEL_KEYS = ("4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "PCC4.1", "PCC4.2", "PCC4.3", "PCC4.4", "overall")


def levels(text):
    """'# levels: 4.1=clear ... PCC4.1=limited ... overall=clear' -> the gold file's "levels" object."""
    given = dict(item.partition("=")[::2] for item in text.split())
    if sorted(given) != sorted(LEVEL_KEYS) or any(v not in LEVELS for v in given.values()):
        sys.exit(f"bad levels {text!r}: give each of {' '.join(LEVEL_KEYS)} one of {', '.join(LEVELS)}")
    return {
        "behaviours": {k: given[k] for k in LEVEL_KEYS[:6]},
        "pccMarkers": {k[3:]: given[k] for k in LEVEL_KEYS[6:10]},
        "overall": given["overall"],
    }


def parse(path):
    meta = {"format": "txt", "coach": "Coach", "client": "Client", "client2": "Client 2", "observer": "Observer", "session": ""}
    lines = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        text = raw.strip()
        if not text:
            continue
        if text.startswith("#"):
            key, _, value = text[1:].partition(":")
            key = key.strip()
            if key.startswith("note"):
                meta.setdefault("notes", []).append((key[4:].lstrip("-") + ": " if key != "note" else "") + value.strip())
            else:
                meta[key] = value.strip()
            continue
        match = LINE.match(text)
        if not match:
            sys.exit(f"{path}:{number}: expected 'C: text', 'K: text', 'K2: text' or 'O: text'")
        speaker, timing, rest = match.groups()
        body, _, annotation = rest.partition("||")
        body = body.strip()
        ids, quote = [], None
        if annotation:
            part, _, quoted = annotation.partition("|")
            ids = part.split()
            quoted = quoted.strip()
            if quoted:
                if not (quoted.startswith('"') and quoted.endswith('"')):
                    sys.exit(f"{path}:{number}: the quote must be in double quotes")
                quote = quoted[1:-1]
                if quote not in body:
                    sys.exit(f"{path}:{number}: the quote {quote!r} is not in the line")
            if speaker != "C":
                sys.exit(f"{path}:{number}: only coach lines carry markers")
        if not body:
            sys.exit(f"{path}:{number}: empty line text")
        lines.append({"speaker": speaker, "timing": timing, "text": body, "ids": ids, "quote": quote, "line": number})
    return meta, lines


def add_times(lines):
    end = 0.0
    previous = None
    for line in lines:
        gap = 0.25 if previous == line["speaker"] else 0.7
        timing = line["timing"]
        if timing and timing[0] == "+":
            start = end + float(timing[1:])
        elif timing and timing[0] == "~":
            start = max(0.0, end - float(timing[1:]))
        else:
            start = end + gap
        words = len(line["text"].split())
        line["start"] = round(start + (1.0 if previous is None else 0.0), 3)
        line["end"] = round(line["start"] + 0.4 + 0.38 * words, 3)
        end = line["end"]
        previous = line["speaker"]


def names(meta):
    return {"C": meta["coach"], "K": meta["client"], "K2": meta["client2"], "O": meta["observer"]}


def stamp(seconds, sep="."):
    ms = int(round(seconds * 1000))
    h, rem = divmod(ms, 3600_000)
    m, rem = divmod(rem, 60_000)
    s, ms = divmod(rem, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{sep}{ms:03d}"


def write_transcript(meta, lines, target):
    who = names(meta)
    fmt = meta["format"]
    if fmt == "txt":
        text = "\n".join(f"{who[l['speaker']]}: {l['text']}" for l in lines) + "\n"
    elif fmt == "timed-txt":
        text = "\n".join(f"[{stamp(l['start'])[:8]}] {who[l['speaker']]}: {l['text']}" for l in lines) + "\n"
    elif fmt == "vtt":
        cues = [f"{i}\n{stamp(l['start'])} --> {stamp(l['end'])}\n{who[l['speaker']]}: {l['text']}" for i, l in enumerate(lines, 1)]
        text = "WEBVTT\n\n" + "\n\n".join(cues) + "\n"
    elif fmt == "srt":
        cues = [f"{i}\n{stamp(l['start'], ',')} --> {stamp(l['end'], ',')}\n{who[l['speaker']]}: {l['text']}" for i, l in enumerate(lines, 1)]
        text = "\n\n".join(cues) + "\n"
    elif fmt == "assemblyai":
        labels = {"C": "A", "K": "B", "K2": "C", "O": "D"}
        utterances = [{"speaker": labels[l["speaker"]], "start": int(l["start"] * 1000), "end": int(l["end"] * 1000),
                       "text": l["text"], "confidence": 0.93} for l in lines]
        text = json.dumps({"id": target.stem, "status": "completed", "audio_url": "file:///recording.m4a",
                           "utterances": utterances}, indent=2, ensure_ascii=False) + "\n"
    else:
        sys.exit(f"unknown format {fmt}")
    target.write_text(text, encoding="utf-8", newline="\n")


def gold(meta, lines, transcript_name):
    turns, index, previous = [], -1, None
    for line in lines:
        if line["speaker"] != previous:
            index += 1
            previous = line["speaker"]
            turns.append({"index": index, "speaker": line["speaker"], "ids": [], "quote": None})
        turn = turns[-1]
        for marker in line["ids"]:
            if marker not in turn["ids"]:
                turn["ids"].append(marker)
        if line["ids"] and turn["quote"] is None:
            turn["quote"] = line["quote"] or " ".join(line["text"].split()[:6])
    document = {"transcript": transcript_name}
    who = names(meta) if meta["format"] != "assemblyai" else {"C": "A", "K": "B", "K2": "C", "O": "D"}
    document["coach"] = [who["C"]]
    document["client"] = [who[k] for k in ("K", "K2") if any(x["speaker"] == k for x in lines)]
    session = {}
    for item in meta["session"].split():
        key, _, value = item.partition("=")
        if key not in SESSION_MARKERS or value not in ("true", "false"):
            sys.exit(f"bad session judgement {item!r}")
        session[key] = value == "true"
    if session:
        document["session"] = session
    if meta.get("levels"):
        document["levels"] = levels(meta["levels"])
    document["turns"] = [{"index": t["index"], "quote": t["quote"], "markers": sorted(t["ids"])} for t in turns if t["ids"]]
    if meta.get("notes"):
        document["notes"] = " | ".join(meta["notes"])
    return document


def main():
    extension = {"txt": ".txt", "timed-txt": ".txt", "vtt": ".vtt", "srt": ".srt", "assemblyai": ".json"}
    only = set(sys.argv[1:])
    totals = {}
    for split in ("tuning", "heldback"):
        folder = OUTPUT / split
        folder.mkdir(parents=True, exist_ok=True)
        if not only:
            for old in folder.iterdir():
                old.unlink()
        for source in sorted((AUTHORING / split).glob("*.session")):
            if only and source.stem not in only:
                continue
            meta, lines = parse(source)
            add_times(lines)
            name = source.stem + extension[meta["format"]]
            write_transcript(meta, lines, folder / name)
            document = gold(meta, lines, name)
            (folder / (source.stem + ".gold.json")).write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8", newline="\n")
            coach_turns = sum(1 for i, l in enumerate(lines) if l["speaker"] == "C" and (i == 0 or lines[i - 1]["speaker"] != "C"))
            stats = totals.setdefault(split, {"sessions": 0, "coachTurns": 0, "markers": {}})
            stats["sessions"] += 1
            stats["coachTurns"] += coach_turns
            for turn in document["turns"]:
                for marker in turn["markers"]:
                    stats["markers"][marker] = stats["markers"].get(marker, 0) + 1
    print(json.dumps(totals, indent=2, sort_keys=True))


if __name__ == "__main__":
    main()
