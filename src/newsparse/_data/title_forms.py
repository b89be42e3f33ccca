"""Forms of one title a story may use for the same person, each mapped to one plain form.

A story names 'Gov. J.B. Pritzker' and later quotes 'the Democratic governor', or names
'Rep. Bob Goodlatte' and quotes 'the congressman': the abbreviation and the longer words are
the same title. Lower case, without the abbreviation's period.
"""

TITLE_FORMS = {
    "gov": "governor",
    "sen": "senator",
    "rep": "representative",
    "congressman": "representative",
    "congresswoman": "representative",
    "del": "delegate",
    "gen": "general",
    "lt": "lieutenant",
    "col": "colonel",
    "maj": "major",
    "capt": "captain",
    "sgt": "sergeant",
    "cmdr": "commander",
    "adm": "admiral",
    "prof": "professor",
    "rev": "reverend",
    "hon": "honorable",
    "pontiff": "pope",
}
