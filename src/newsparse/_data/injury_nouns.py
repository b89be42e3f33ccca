"""Written from WordNet 3.0 and lemminflect 0.2.3 by
``wordnet_injuries.table_source()``: never edit.

The nouns of a bodily injury (WordNet's hyponyms of an injury to the body, first an
injury or a state), singulars used as nouns at least as often as as verbs, and the
plurals of all (see :mod:`newsparse.extractors.casualties.wordnet_injuries`).
"""

INJURY_NOUNS = frozenset(
    """
abarticulation abarticulations abrasion abrasions bite bites bruise bruises bump bumps burn
burns concussion concussions contusion contusions cryopathies cryopathy diastases diastasis
ecchymoses ecchymosis excoriation excoriations fracture fractures frostbite frostbites gash
gashes graze grazes harm hurt injuries injury intravasation intravasations laceration
lacerations lesion lesions mutilation mutilations petechia petechiae petechias pinch pinches
scald scalds scorch scorches scratch scratches shiner shiners singe singes slash slashes
snakebite snakebites spondylolistheses spondylolisthesis sprain sprains stigmata stigmatas sting
stings trauma traumas traumata wale wales weal weals welt welts wheal wheals whiplash wound
wounds wrench wrenches
""".split()
)
