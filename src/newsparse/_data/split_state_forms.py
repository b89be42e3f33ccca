"""Written from lemminflect 0.2.3 by ``split_states.table_source()``: never edit.

Participle opening a harm state -> every form of its verb (see
:mod:`newsparse.extractors.casualties.split_states`).
"""

VERB_FORMS: dict[str, tuple[str, ...]] = {
    "reported": ("report", "reported", "reporting", "reports"),
    "gone": ("go", "goes", "going", "gone", "went"),
    "feared": ("fear", "feared", "fearing", "fears"),
    "presumed": ("presume", "presumed", "presumes", "presuming"),
    "taken": ("take", "taken", "takes", "taking", "took"),
    "released": ("release", "released", "releases", "releasing"),
    "freed": ("free", "freed", "freeing", "frees"),
    "held": ("held", "hold", "holding", "holds"),
    "rounded": ("round", "rounded", "rounding", "rounds"),
    "placed": ("place", "placed", "places", "placing"),
    "put": ("put", "puts", "putting"),
    "sent": ("send", "sending", "sends", "sent"),
    "made": ("made", "make", "makes", "making"),
    "driven": ("drive", "driven", "drives", "driving", "drove"),
}
