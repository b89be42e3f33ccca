"""Written from lemminflect 0.2.3 by ``assaults.table_source()``: never edit.

Verb of a blow -> its passive participles (see
:mod:`newsparse.extractors.casualties.assaults`).
"""

PARTICIPLES: dict[str, tuple[str, ...]] = {
    "stab": ("stabbed",),
    "slash": ("slashed",),
    "knife": ("knifed",),
    "hack": ("hacked",),
    "beat": ("beaten",),
    "batter": ("battered",),
    "bludgeon": ("bludgeoned",),
    "club": ("clubbed",),
    "pummel": ("pummeled", "pummelled"),
    "burn": ("burned", "burnt"),
    "scald": ("scalded",),
    "cut": ("cut",),
    "flog": ("flogged",),
    "torch": ("torched",),
    "punch": ("punched",),
}
