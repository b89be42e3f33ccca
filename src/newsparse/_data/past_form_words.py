"""Written from lemminflect 0.2.3 by ``past_forms.table_source()``: never edit.

The irregular simple past forms of verbs that are no nouns (see
:mod:`newsparse._data.past_forms`).
"""

PAST_FORMS = frozenset(
    """
alit arose ate awoke babysat backbit backslid bade became befell began begot beheld bereft beset
besought bespoke betrode blent blest blew bought broke brought browbeat built burnt came caught
chid chose clung could countersank crept daylit dealt did drank dreamt drew dug dwelt flew
floodlit flung forbad forbade forbore foresaw foreswore foretold forewent forgave forgot forsook
forswore forwent fought found froze gainsaid gave ghostwrote girt got grew had hamstrung heard
held hid hove hung inlaid inset interwove joyriding kept knelt knew knit laid landslid leant
leapt learnt lent let lipread lit lost made meant met might miscast misdealt misdid mislaid
misread misspelt misspent mistook misunderstood mown must ought outbade outbid outbroke outdid
outgrew outlaid outran outshone outwent outwore overate overbore overcame overdid overdrew
overdrove overgrew overheard overhung overlaid overpaid overran overrode oversaw overshot
overslept oversold overspread overthrew overtook overwrote paid partook plead prepaid proofread
put ran rang rebuilt recast redid redrew relaid remade repaid reran reread resent reset resold
respelt rethought retold retook rewound rewrote rid rode said sang sank sat sent shat shod shone
shook should shrank shrove shut slept slew slid slung slunk smote sold sought spent spilt spoilt
sprang sprung spun staid stank stole stood strode strove struck strung stung swam swept swore
swung taught threw throve told took tore trod typecast typeset unbent unbound underbid underpaid
undershot undersold understood undertook underwent underwrote undid unlearnt unsaid unwound
upheld was waylaid went wept were withdrew withheld withstood woke won wore would wove wrote
wrought wrung
""".split()
)
