"""A small gazetteer of common given names with their usual gender.

Why: "he said" must be resolved to a person, and the nearest person is often of the other
gender ("Trump attacked Clinton ... he said"). A given name is the cheapest evidence of gender
that needs no model. The lists are common international given names (not taken from any
evaluation text); an unknown name is simply compatible with both pronouns.
"""

from __future__ import annotations

from dossier.quotes.patterns import words

MALE_NAMES: frozenset[str] = words(
    """
    aaron abdul adam adrian ahmed alan albert alex alexander alexei alexey ali andrew andriy
    andrei andrey andy angus anthony antonio antony arnold arthur barack barry ben benjamin
    bernie bill billy bob bobby boris brad bradley brandon brian bruce bryan carl carlos
    charles charlie chris christian christopher chuck clarence colin craig dan daniel dave
    david dennis denis derek dick dmitry dmitri don donald doug douglas duncan dwight ed
    eddie edward elon emmanuel eric ernest evan francis frank franklin fred frederick gary
    gavin george gerald gerhard glenn gordon graham greg gregory harold harry hassan henry
    howard hugh ian igor isaac ivan jack jacob jake james jamie jason jean jeff jeffrey jens
    jeremy jerry jim jimmy joe joel john johnny jon jonathan jordan jose joseph josh joshua
    juan justin keith ken kenneth kevin kirill larry lee leon leonid liam lloyd louis luis
    luke marco mario mark martin matt matthew max michael mike mikhail mitch mohammed
    muhammad narendra neil nicholas nick nicolas nigel oleg oliver olaf omar oscar owen
    patrick paul pedro pete peter petro phil philip pierre ralph ramzan randy ray raymond
    richard rick rishi rob robert roger ron ronald ross roy rudy russell ryan sam samuel
    scott sean sergei sergey sergiy shinzo simon stephen steve steven stuart ted terry
    thomas tim timothy todd tom tony viktor vladimir volodymyr walter wayne will william xi
    yuri yury zach abraham al alberto alfred allen alvin andre andres angelo antoine arturo
    austin barney benny bernard bert blake bo boyd brendan brett brock bryce buck burt byron
    caleb calvin cameron carlo carter cecil chad chaim charlton chester clark clay clayton
    cliff clifford clint cody cole conor corey cory curt curtis dale damian damon danny
    darrell darren darryl dean dennis derrick desmond devin dexter diego dirk dominic donnie
    drew dustin dylan earl eduardo edwin elijah elliot elliott emil emilio enrique erik
    ethan eugene ezra felix fernando floyd francisco franz fritz gabriel garrett gene
    geoffrey gerard gil gilbert glen glenn grant gus guy hal hank hans harlan harvey hector
    herb herbert herman homer horace hubert hunter irving irwin jackson jared jarrod javier
    jay jed jefferson jeremiah jerome jesse jesus jimmie joaquin joey johan jonah jorge
    josef jude julian julius junior karl keenan kelvin kendall kent kurt kyle lamar lance
    lane lars lawrence leo leonard leroy lester lewis lincoln lionel lou lowell lucas luther
    lyle lyndon mack malcolm manuel marc marcus marion marshall marty marvin mason matthias
    maurice melvin merrick micah miguel miles milo milton mitchell moe mohammad morgan
    morris moses murray nathan nathaniel ned nelson newt noah noel norman orrin otto pablo
    pat percy perry preston quentin rafael ralph ramon randall raul reed reggie reginald rex
    ricardo rich ricky riley robby robin rod rodney rodrigo roland rolf roman ronnie rory
    ruben rudolph rufus rupert russ salvador sammy santiago saul scot seth shane shaun
    sheldon sherman sid sidney silas sol spencer stan stanley sterling stewart sylvester ted
    teddy terrence theo theodore tobias toby trent trevor troy tucker ty tyler tyrone vance
    vernon victor vince vincent wade wallace ward warren wesley wilbur willard willie wilson
    winston woodrow zachary
    """
)

FEMALE_NAMES: frozenset[str] = words(
    """
    abigail alice alicia alison amanda amy ana andrea angela angelina ann anna anne annalena
    barbara betsy betty beverly brenda brittany carly carol caroline catherine cathy
    charlotte cheryl chelsea christina christine claire claudia condoleezza cynthia dana
    deborah debbie denise diana diane donna dorothy elena elizabeth ellen emily emma erin
    eva evelyn frances giorgia gloria grace hannah heather helen hillary ilhan irene
    jacqueline jane janet jennifer jessica jill joan joanna joy judith judy julia julie
    kamala karen karine kate katherine kathleen kathy kathryn kay kelly kimberly kirsten
    kristi kristen laura lauren linda lisa liz lori louise lucy lynn madeleine margaret
    maria marie marine marina marsha martha mary megan melania melissa michelle monica nancy
    natalia natalie nicola nicole nikki olena olga pamela patricia paula penny rachel
    rebecca ruth sally samantha sandra sara sarah sharon sheila sophie stephanie susan
    suzanne tammy tanya theresa tulsi ursula valerie victoria virginia wendy yulia yulia zoe
    abby ada adele adriana agnes aileen alexandra alexis alison allison alma amber amelia
    amina andrea angelica angie anita annette annie antonia april ariana arlene audrey
    autumn ayanna beatrice becky belinda bella bernadette bernice beth bethany betsy bianca
    bonnie brianna bridget brooke camila candace candice carla carmen carolyn carrie
    cassandra cecilia celeste celia charlene cindy clara clarissa colleen connie constance
    cora courtney crystal daisy danielle daphne darlene dawn debra delia della desiree
    dolores dora doris edith edna eileen elaine eleanor elisa elise eliza ella eloise elsa
    elsie erica erika esther ethel eugenia eunice faith felicia fiona florence francine
    freda gabriela gabrielle gail gayle geneva georgia geraldine gina ginger gladys glenda
    gwen gwendolyn harriet hazel heidi helena henrietta hilda holly hope ida ingrid irma
    isabel isabella ivana jackie jacquelyn jade janice jasmine jean jeanette jeanne jenna
    jenny jeri jo joanne jocelyn jodi jolene josephine joyce juanita judi june justine kara
    karla katie katrina kayla kelli kendra kerry kirstjen krista kristin kristina lana
    latoya leah leila lena leslie lila lillian lily lindsay lola loretta lorraine lucia
    lucille luisa lydia mabel madison mae maggie mallory mandy marcia margo margot maria
    mariah marian marianne marilyn marjorie marla marlene maureen maxine maya melanie
    melinda mercedes meredith mia michaela mildred millie minnie miranda miriam misty molly
    mona myra nadia nadine naomi natasha nell nellie nina nora norma olivia paige patsy
    patti pauline pearl peggy phyllis polly priscilla quinn ramona regina renee rhonda rita
    roberta robyn rochelle rosa rosalind rose rosemary roxanne ruby sabrina sadie samira
    sandy sasha selena serena shannon shari shauna shelby shelly sheryl shirley silvia sonia
    sonya stacey stacy stella sue susanna sylvia tabitha tamara tara teresa terri tiffany
    tina toni tracey tracy trudy valeria vanessa vera veronica vicki vickie viola violet
    vivian wanda whitney wilma yolanda yvette yvonne
    """
)


def gender_of_given_name(name: str) -> str:
    """Return "m", "f" or "" (unknown) for a given name, case-insensitively."""
    key = name.lower().strip(".")
    if key in MALE_NAMES and key not in FEMALE_NAMES:
        return "m"
    if key in FEMALE_NAMES and key not in MALE_NAMES:
        return "f"
    return ""


def is_given_name(name: str) -> bool:
    """A given name of either gender ("Alfred", "Jean"), case-insensitively."""
    key = name.lower().strip(".")
    return key in MALE_NAMES or key in FEMALE_NAMES
