"""Written by ``benchmarks/cue_rates.py`` from PolNeAR's train compartment: never edit.

Verbs the cue tables did not list whose forms (those lemminflect knows as no noun or
adjective) lie inside an annotated attribution Cue at least MIN_CUES times and in at
least MIN_RATE of their occurrences, at least MIN_SOURCED of those Cues belonging to a
relation that names its Source. Lemma -> (occurrences, in a Cue, in a Cue with a
Source, the forms reported speech reads).
"""

MIN_RATE = 0.3
MIN_CUES = 5
MIN_SOURCED = 0.5

MINED_CUE_VERBS: dict[str, tuple[int, int, int, tuple[str, ...]]] = {
    "acquiesce": (5, 5, 5, ("acquiesce", "acquiesced", "acquiesces", "acquiescing")),
    "aim": (45, 15, 14, ("aimed", "aiming")),
    "allude": (7, 6, 6, ("allude", "alluded", "alludes", "alluding")),
    "anger": (15, 8, 8, ("angered", "angering", "angers")),
    "answer": (29, 11, 11, ("answered", "answering")),
    "apologize": (29, 12, 12, ("apologize", "apologized", "apologizes", "apologizing")),
    "attribute": (15, 6, 4, ("attributed", "attributing")),
    "balk": (6, 5, 5, ("balked", "balking")),
    "challenge": (66, 20, 17, ("challenged", "challenging")),
    "champion": (17, 6, 6, ("championed", "championing")),
    "chant": (16, 11, 11, ("chanted", "chanting")),
    "contemplate": (9, 5, 5, ("contemplate", "contemplated", "contemplates", "contemplating")),
    "contradict": (15, 5, 5, ("contradict", "contradicted", "contradicting", "contradicts")),
    "contrast": (11, 5, 5, ("contrasted", "contrasting")),
    "convince": (19, 8, 7, ("convince", "convinces")),
    "credit": (8, 7, 7, ("credited", "crediting")),
    "deride": (8, 7, 6, ("deride", "derided", "derides", "deriding")),
    "detail": (9, 5, 5, ("detailing",)),
    "disavow": (21, 9, 9, ("disavow", "disavowed", "disavowing", "disavows")),
    "display": (12, 5, 5, ("displayed", "displaying")),
    "distance": (7, 5, 5, ("distanced", "distancing")),
    "document": (8, 5, 5, ("documented", "documenting")),
    "embrace": (40, 12, 11, ("embraced", "embracing")),
    "envision": (11, 7, 7, ("envision", "envisioned", "envisioning", "envisions")),
    "highlight": (33, 18, 17, ("highlighted", "highlighting")),
    "identify": (80, 25, 21, ("identified", "identifies", "identify", "identifying")),
    "imply": (26, 13, 13, ("implied", "implies", "imply", "implying")),
    "impress": (14, 5, 5, ("impressed", "impressing")),
    "interject": (8, 6, 6, ("interject", "interjected", "interjecting", "interjects")),
    "interpret": (10, 5, 4, ("interpret", "interpreted", "interpreting", "interprets")),
    "invoke": (19, 8, 8, ("invoke", "invoked", "invokes", "invoking")),
    "issue": (64, 29, 28, ("issued", "issuing")),
    "knock": (15, 5, 5, ("knocked", "knocking")),
    "lash": (5, 5, 5, ("lashed",)),
    "lay": (43, 15, 15, ("laid", "laying")),
    "list": (20, 12, 10, ("listed",)),
    "name": (67, 32, 25, ("named", "naming")),
    "offer": (75, 42, 41, ("offered",)),
    "pass": (65, 22, 21, ("passed",)),
    "persuade": (37, 14, 13, ("persuade", "persuaded", "persuades", "persuading")),
    "pivot": (10, 5, 4, ("pivoted", "pivoting")),
    "present": (23, 10, 8, ("presented", "presenting")),
    "press": (34, 15, 10, ("pressed", "pressing")),
    "promote": (53, 18, 18, ("promote", "promoted", "promotes", "promoting")),
    "push": (92, 38, 38, ("pushed", "pushing")),
    "rattle": (16, 7, 7, ("rattled",)),
    "reaffirm": (7, 5, 5, ("reaffirm", "reaffirmed", "reaffirming", "reaffirms")),
    "rebut": (9, 7, 7, ("rebut", "rebuts", "rebutted", "rebutting")),
    "recite": (10, 7, 6, ("recite", "recited", "recites", "reciting")),
    "recognize": (76, 23, 19, ("recognize", "recognized", "recognizes", "recognizing")),
    "reference": (17, 12, 11, ("referenced", "referencing")),
    "remember": (71, 27, 22, ("remember", "remembered", "remembering", "remembers")),
    "resist": (17, 6, 6, ("resist", "resisted", "resisting", "resists")),
    "restrict": (16, 6, 6, ("restrict", "restricting", "restricts")),
    "signal": (10, 8, 8, ("signaled", "signalled")),
    "single": (7, 5, 4, ("singled", "singling")),
    "sound": (15, 11, 8, ("sounded",)),
    "speculate": (11, 8, 8, ("speculate", "speculated", "speculates", "speculating")),
    "threaten": (52, 21, 21, ("threaten", "threatened", "threatening", "threatens")),
    "underscore": (15, 5, 5, ("underscored", "underscoring")),
    "vouch": (6, 6, 6, ("vouch", "vouched", "vouches", "vouching")),
}
