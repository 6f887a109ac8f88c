#!/usr/bin/env python3
"""Regenerates testdata/heldout5/texts/*.txt and heldout5.gold.json (offsets computed, never by hand).
Run from the repo root: python3 testdata/heldout5/build_gold.py

Written blind: the passages are original text (no real article's sentences), annotated without
running the extractor. Place keys are this file's own; each place's gazetteer id is noted in PLACES."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldbuild import build  # noqa: E402
P = []
def add(slug, pub, text, tops, events, mn=()):
    P.append(dict(slug=slug, pub=pub, text=text, tops=tops, events=events, mn=list(mn)))
# tops: (text, place, role) in text order. events: (id, type, place, prec, date, dprec, actors, counts dict, quote, required[, also[, alt_places]])
# mn (must_not): (type or "*", place, why)
# Dates: a weekday is the last such day on or before the publication day; "yesterday" is the day before it;
# "overnight" is the night that ended on the publication (dateline) day; an event the text gives no date for
# gets the publication month (date_precision "month").
AA = ["Armenia", "Azerbaijan"]
ARM = ["Armenia"]
AZE = ["Azerbaijan"]
RSF = "Rapid Support Forces"

# ---------------- ACLED-style notes, the 2020 war (10) ----------------
add("n01-acled-tartar-shelling", "2020-10-01",
"""On 29 September 2020, Military Forces of Armenia (2018-) shelled Tartar city (Tartar, Azerbaijan) with artillery and multiple rocket launchers. Two civilians were killed and four were wounded, and a school and several private houses were damaged, the district executive authority said. According to local officials, the city and the surrounding villages had come under fire every day since the start of hostilities on 27 September. Fatalities: 2.""",
[("Armenia","AM","name|actor"),("Tartar","TARTAR","location"),("Tartar","TARTAR_DIST","location"),("Azerbaijan","AZ","location")],
[("clash-tartar-sep29","clash","TARTAR",1,"2020-09-29","day",ARM,{"fatalities":2,"injured":4},"On 29 September 2020, Military Forces of Armenia (2018-) shelled Tartar city (Tartar, Azerbaijan) with artillery and multiple rocket launchers",True,["Two civilians were killed and four were wounded"]),
 ("clash-tartar-daily","clash","TARTAR",2,"2020-09","month",[],{},"the city and the surrounding villages had come under fire every day since the start of hostilities on 27 September",False)],
[])

add("n02-acled-ganja-missile", "2020-10-12",
"""In the early hours of 11 October 2020, a residential block in the centre of Ganja (Ganja, Azerbaijan) was hit by a ballistic missile that, according to the Prosecutor General's Office of Azerbaijan, had been launched by Military Forces of Armenia (2018-) from Armenian territory. Ten civilians, among them two children, were killed and 34 were wounded, and dozens of flats were destroyed. The Ministry of Defence of Armenia denied firing at the city. Fatalities: 10.""",
[("Ganja","GANJA","location"),("Ganja","GANJA_DIST","location"),("Azerbaijan","AZ","location"),("Azerbaijan","AZ","name|actor"),("Armenia","AM","name|actor"),("Armenia","AM","name|actor")],
[("clash-ganja-oct11","clash","GANJA",1,"2020-10-11","day",ARM,{"fatalities":10,"injured":34},"a residential block in the centre of Ganja (Ganja, Azerbaijan) was hit by a ballistic missile",True,["Ten civilians, among them two children, were killed and 34 were wounded"])],
[])

add("n03-acled-barda-cluster", "2020-10-29",
"""On 28 October 2020, Military Forces of Armenia (2018-) fired Smerch rockets carrying cluster munitions at the centre of Barda (Barda, Azerbaijan) around midday, hitting a busy shopping street near the central market. Twenty-one civilians were killed and about 70 others were wounded, the deadliest single attack on civilians since the fighting began. A volunteer of the Red Crescent was among the dead. The day before, rockets that struck the outskirts of the same city had killed five people. Fatalities: 21.""",
[("Armenia","AM","name|actor"),("Barda","BARDA","location"),("Barda","BARDA_DIST","location"),("Azerbaijan","AZ","location")],
[("clash-barda-oct28","clash","BARDA",1,"2020-10-28","day",ARM,{"fatalities":21},"Military Forces of Armenia (2018-) fired Smerch rockets carrying cluster munitions at the centre of Barda (Barda, Azerbaijan) around midday",True,["Twenty-one civilians were killed and about 70 others were wounded"]),
 ("clash-barda-oct27","clash","BARDA",2,"2020-10-27","day",[],{"fatalities":5},"rockets that struck the outskirts of the same city had killed five people",False)],
[])

add("n04-acled-stepanakert-strikes", "2020-10-06",
"""On 4 October 2020, Military Forces of Azerbaijan (2003-) struck Stepanakert (Khankendi, Azerbaijan), the main town of Nagorno-Karabakh, with artillery and multiple rocket launchers throughout the day. The strikes hit the power substation, the building of the emergency service and several apartment blocks; residents sheltered in basements. Officials of the de facto authorities said one civilian was killed and several were injured. Reconnaissance drones were seen circling over the city in the evening. Fatalities: 1.""",
[("Azerbaijan","AZ","name|actor"),("Stepanakert","KHANKENDI","location"),("Khankendi","KHANKENDI","location"),("Azerbaijan","AZ","location"),("Nagorno-Karabakh","NK","location")],
[("clash-stepanakert-oct4","clash","KHANKENDI",1,"2020-10-04","day",AZE,{"fatalities":1},"On 4 October 2020, Military Forces of Azerbaijan (2003-) struck Stepanakert (Khankendi, Azerbaijan)",True,["The strikes hit the power substation, the building of the emergency service and several apartment blocks"])],
[])

add("n05-acled-drone-convoy", "2020-10-19",
"""On 18 October 2020, a Bayraktar TB2 drone operated by Military Forces of Azerbaijan (2003-) struck a convoy of Military Forces of Armenia (2018-) on the road from Martuni to Hadrut (Khojavend, Azerbaijan), destroying two supply trucks and a BM-21 Grad launcher. Video of the strike was released by the Azerbaijani Ministry of Defence. Armenian officials confirmed that the column had been hit but gave no casualty figures. Fatalities: 0.""",
[("Azerbaijan","AZ","name|actor"),("Armenia","AM","name|actor"),("Martuni","KHOJAVEND","location"),("Hadrut","HADRUT","location"),("Khojavend","KHOJAVEND_DIST","location"),("Azerbaijan","AZ","location")],
[("clash-drone-martuni-hadrut","clash","KHOJAVEND_DIST",2,"2020-10-18","day",AA,{},"a Bayraktar TB2 drone operated by Military Forces of Azerbaijan (2003-) struck a convoy of Military Forces of Armenia (2018-) on the road from Martuni to Hadrut",True,["Armenian officials confirmed that the column had been hit"],["KHOJAVEND","HADRUT"])],
[])

add("n06-acled-martuni-journalists", "2020-10-02",
"""On 1 October 2020, Military Forces of Azerbaijan (2003-) shelled the centre of Martuni (Khojavend, Azerbaijan) while a group of foreign and local journalists was filming in the town. Two French reporters and two Armenian camera operators were wounded, one of them seriously, and a resident who had been guiding the group was killed, according to the local administration. Several cars parked on the main square burned out. Fatalities: 1.""",
[("Azerbaijan","AZ","name|actor"),("Martuni","KHOJAVEND","location"),("Khojavend","KHOJAVEND_DIST","location"),("Azerbaijan","AZ","location")],
[("clash-martuni-oct1","clash","KHOJAVEND",1,"2020-10-01","day",AZE,{"fatalities":1,"injured":4},"On 1 October 2020, Military Forces of Azerbaijan (2003-) shelled the centre of Martuni (Khojavend, Azerbaijan)",True,["Two French reporters and two Armenian camera operators were wounded"])],
[])

add("n07-acled-hadrut-control", "2020-10-10",
"""On 9 October 2020, Military Forces of Azerbaijan (2003-) took control of Hadrut (Khojavend, Azerbaijan) and seven villages around it after several days of fighting with Military Forces of Armenia (2018-), President Ilham Aliyev announced in a televised address. The Ministry of Defence of Armenia rejected the claim and said its units were still fighting on the approaches to the town. Hadrut, an Armenian-populated town in the south of Nagorno-Karabakh, had been the scene of heavy fighting since 4 October. Fatalities: 0.""",
[("Azerbaijan","AZ","name|actor"),("Hadrut","HADRUT","location"),("Khojavend","KHOJAVEND_DIST","location"),("Azerbaijan","AZ","location"),("Armenia","AM","name|actor"),("Armenia","AM","name|actor"),("Hadrut","HADRUT","location"),("Nagorno-Karabakh","NK","location")],
[("clash-hadrut-oct9","clash","HADRUT",1,"2020-10-09","day",AA,{},"On 9 October 2020, Military Forces of Azerbaijan (2003-) took control of Hadrut (Khojavend, Azerbaijan) and seven villages around it after several days of fighting with Military Forces of Armenia (2018-)",True,["said its units were still fighting on the approaches to the town"]),
 ("clash-hadrut-since-oct4","clash","HADRUT",1,"2020-10","month",[],{},"had been the scene of heavy fighting since 4 October",False)],
[])

add("n08-acled-fuzuli-jabrayil", "2020-10-18",
"""On 17 October 2020, Military Forces of Azerbaijan (2003-) took control of Fuzuli city (Fuzuli, Azerbaijan), which Armenian forces had held since 1993, after ground fighting and artillery fire across the district. Military Forces of Armenia (2018-) said that the town had long been abandoned and that their positions north of it were holding. On 4 October the Azerbaijani president had announced the capture of Jabrayil city (Jabrayil, Azerbaijan), some 25 km to the south-west. Fatalities: 0.""",
[("Azerbaijan","AZ","name|actor"),("Fuzuli","FUZULI","location"),("Fuzuli","FUZULI_DIST","location"),("Azerbaijan","AZ","location"),("Armenia","AM","name|actor"),("Jabrayil","JABRAYIL","location"),("Jabrayil","JABRAYIL_DIST","location"),("Azerbaijan","AZ","location")],
[("clash-fuzuli-oct17","clash","FUZULI",1,"2020-10-17","day",AA,{},"On 17 October 2020, Military Forces of Azerbaijan (2003-) took control of Fuzuli city (Fuzuli, Azerbaijan)",True,["after ground fighting and artillery fire across the district"]),
 ("clash-jabrayil-oct4","clash","JABRAYIL",1,"2020-10-04","day",AZE,{},"On 4 October the Azerbaijani president had announced the capture of Jabrayil city (Jabrayil, Azerbaijan)",False)],
[])

add("n09-acled-shusha-control", "2020-11-09",
"""On 8 November 2020, Military Forces of Azerbaijan (2003-) took control of Shusha (Shusha, Azerbaijan) after four days of close-quarters fighting with Military Forces of Armenia (2018-) in the forests and gorges around the town, President Ilham Aliyev announced in Baku. Armenian officials initially said the battle for the town was continuing. Shusha, which overlooks the road from Armenia into Nagorno-Karabakh, had been repeatedly shelled and hit by drones since early October. Fatalities: 0.""",
[("Azerbaijan","AZ","name|actor"),("Shusha","SHUSHA","location"),("Shusha","SHUSHA_DIST","location"),("Azerbaijan","AZ","location"),("Armenia","AM","name|actor"),("Baku","BAKU","location"),("Shusha","SHUSHA","location"),("Armenia","AM","location"),("Nagorno-Karabakh","NK","location")],
[("clash-shusha-nov8","clash","SHUSHA",1,"2020-11-08","day",AA,{},"On 8 November 2020, Military Forces of Azerbaijan (2003-) took control of Shusha (Shusha, Azerbaijan) after four days of close-quarters fighting with Military Forces of Armenia (2018-)",True,["Armenian officials initially said the battle for the town was continuing"]),
 ("clash-shusha-october","clash","SHUSHA",1,"2020-10","month",[],{},"had been repeatedly shelled and hit by drones since early October",False)],
[("*","BAKU","only where the capture was announced"),("*","AM","a road's origin, no event in Armenia")])

add("n10-acled-sugovushan-talish", "2020-10-05",
"""On 3 October 2020, Military Forces of Azerbaijan (2003-) took control of the village of Sugovushan (Tartar, Azerbaijan), called Madagiz by Armenians, and of the heights above it, after fighting with Military Forces of Armenia (2018-) that also spread to the nearby village of Talish. The Azerbaijani Ministry of Defence said several tanks and artillery pieces had been destroyed and that the road along the Sarsang reservoir was now within range of its guns. Fatalities: 0.""",
[("Azerbaijan","AZ","name|actor"),("Sugovushan","SUGOVUSHAN","location"),("Tartar","TARTAR_DIST","location"),("Azerbaijan","AZ","location"),("Madagiz","SUGOVUSHAN","location"),("Armenia","AM","name|actor"),("Talish","TALISH","location"),("Sarsang reservoir","SARSANG","location")],
[("clash-sugovushan-oct3","clash","SUGOVUSHAN",1,"2020-10-03","day",AA,{},"On 3 October 2020, Military Forces of Azerbaijan (2003-) took control of the village of Sugovushan (Tartar, Azerbaijan)",True,["after fighting with Military Forces of Armenia (2018-)"]),
 ("clash-talish-oct3","clash","TALISH",1,"2020-10-03","day",AA,{},"that also spread to the nearby village of Talish",False)],
[])

# ---------------- Turkey, Russia and the war: wire, ministry, live blog, TASS, analysis (8) ----------------
add("t01-wire-moscow-lachin-corridor", "2020-11-12",
"""MOSCOW, Nov 12 (Reuters) - Russian peacekeepers have finished deploying along the Lachin corridor, the only road linking Armenia with Nagorno-Karabakh, and have set up 16 observation posts there, the Russian Defence Ministry said on Thursday.

The ministry said 1,960 servicemen, 90 armoured personnel carriers and 380 other vehicles had been sent to the region under the ceasefire deal that Moscow brokered late on Monday, ending six weeks of fighting between Azerbaijan and ethnic Armenian forces.

Moscow said the deal did not provide for any Turkish troops on the ground. Ankara, which backed Baku throughout the conflict, insists it will have a role in a joint monitoring centre to be set up on Azerbaijani territory, a claim the Kremlin has played down.""",
[("MOSCOW","MOSCOW","location"),("Lachin corridor","LACHIN_CORR","location"),("Armenia","AM","location"),("Nagorno-Karabakh","NK","location"),("Moscow","MOSCOW","actor"),("Azerbaijan","AZ","actor"),("Moscow","MOSCOW","actor"),("Ankara","ANKARA","actor"),("Baku","BAKU","actor")],
[("deploy-russia-lachin-corridor","deployment","LACHIN_CORR",1,"2020-11-12","day",["Russia"],{"troops":1960},"Russian peacekeepers have finished deploying along the Lachin corridor",True,["The ministry said 1,960 servicemen, 90 armoured personnel carriers and 380 other vehicles had been sent to the region"],["NK","LACHIN"]),
 ("clash-six-weeks","clash","NK",3,"2020","year",["Azerbaijan"],{},"ending six weeks of fighting between Azerbaijan and ethnic Armenian forces",False),
 ("deploy-turkey-monitoring-expected","deployment","AZ",4,"2020-11","month",["Turkey"],{},"insists it will have a role in a joint monitoring centre to be set up on Azerbaijani territory",False)],
[("*","MOSCOW","the dateline, and 'Moscow brokered', 'Moscow said': the government"),("*","ANKARA","'Ankara ... insists': the government"),("*","BAKU","'backed Baku': the government")])

add("t02-wire-ankara-motion", "2020-11-17",
"""ANKARA, Nov 17 (Reuters) - Turkey's parliament on Tuesday approved a motion allowing the government to send troops to Azerbaijan for one year to serve at a Turkish-Russian centre that will monitor the ceasefire in Nagorno-Karabakh.

The motion, passed with the votes of the ruling party and its nationalist ally, does not say how many soldiers will go. Officials said the centre would be built on Azerbaijani-controlled land near Aghdam and that Turkish personnel would not patrol the area held by Russian peacekeepers.

Ankara sent a defence ministry delegation to Moscow last week for talks on how the centre will operate, and a Russian military team is due in Ankara in the coming days. Moscow has said the monitoring will be done remotely, with drones, and that Turkish officers will not enter Nagorno-Karabakh.""",
[("ANKARA","ANKARA","location"),("Turkey","TR","actor"),("Azerbaijan","AZ","location"),("Nagorno-Karabakh","NK","location"),("Aghdam","AGHDAM","location"),("Ankara","ANKARA","actor"),("Moscow","MOSCOW","location"),("Ankara","ANKARA","location"),("Moscow","MOSCOW","actor"),("Nagorno-Karabakh","NK","location")],
[("deploy-turkey-monitoring-centre","deployment","AGHDAM",2,"2020-11-17","day",["Turkey"],{},"approved a motion allowing the government to send troops to Azerbaijan for one year to serve at a Turkish-Russian centre",True,["Officials said the centre would be built on Azerbaijani-controlled land near Aghdam"],["AZ"]),
 ("meeting-moscow-delegation","meeting","MOSCOW",1,"2020-11","month",["Turkey","Russia"],{},"Ankara sent a defence ministry delegation to Moscow last week for talks on how the centre will operate",True),
 ("meeting-ankara-expected","meeting","ANKARA",1,"2020-11","month",["Russia","Turkey"],{},"a Russian military team is due in Ankara in the coming days",False)],
[("deployment","ANKARA","the dateline and the sender: troops go to Azerbaijan"),("deployment","MOSCOW","'Moscow has said': the government; the delegation's talks are a meeting")])

add("t03-ministry-aghdam-centre", "2021-01-30",
"""Ministry of Defence of the Republic of Azerbaijan
Press release, 30 January 2021

The Joint Russian-Turkish Centre for monitoring the ceasefire and all military operations in the zone of the Nagorno-Karabakh conflict was officially opened today in the Aghdam district. The opening ceremony was attended by deputy defence ministers of Azerbaijan, Turkey and Russia, who raised the national flags of the two countries operating the Centre.

In accordance with the memorandum signed by the Ministers of Defence of Turkey and Russia on 1 December 2020, up to 60 servicemen from each of the two countries will serve at the Centre. The Centre will use unmanned aerial vehicles and other technical means to monitor compliance along the line of contact.

The Ministry reminds citizens that the area around the Centre, like all the liberated territories, is heavily contaminated with mines and unexploded ordnance, and urges them not to travel to the Aghdam, Fuzuli and Kalbajar districts without official permission.""",
[("Azerbaijan","AZ","name|actor"),("Nagorno-Karabakh","NK","name|location"),("Aghdam","AGHDAM_DIST","location"),("Azerbaijan","AZ","actor|name"),("Turkey","TR","actor|name"),("Russia","RU","actor|name"),("Turkey","TR","actor|name"),("Russia","RU","actor|name"),("Aghdam","AGHDAM_DIST","location"),("Fuzuli","FUZULI_DIST","location"),("Kalbajar","KALBAJAR_DIST","location")],
[("deploy-aghdam-centre-opened","deployment","AGHDAM_DIST",2,"2021-01-30","day",["Russia","Turkey"],{},"The Joint Russian-Turkish Centre for monitoring the ceasefire and all military operations in the zone of the Nagorno-Karabakh conflict was officially opened today in the Aghdam district",True,["up to 60 servicemen from each of the two countries will serve at the Centre"],["AGHDAM"]),
 ("parade-aghdam-opening-ceremony","parade","AGHDAM_DIST",2,"2021-01-30","day",["Azerbaijan","Turkey","Russia"],{},"The opening ceremony was attended by deputy defence ministers of Azerbaijan, Turkey and Russia",False,[],["AGHDAM"]),
 ("meeting-aghdam-deputy-ministers","meeting","AGHDAM_DIST",2,"2021-01-30","day",["Azerbaijan","Turkey","Russia"],{},"The opening ceremony was attended by deputy defence ministers of Azerbaijan, Turkey and Russia",False,[],["AGHDAM"])],
[("*","FUZULI_DIST","a travel warning, no event"),("*","KALBAJAR_DIST","a travel warning, no event")])

add("t04-liveblog-ceasefire-night", "2020-11-10",
"""Live: Armenia, Azerbaijan and Russia sign deal to end Karabakh war

Tuesday 10 November 2020. All times are local (GMT+4).

01:42 Armenian Prime Minister Nikol Pashinyan writes on Facebook that he has signed a statement with the presidents of Russia and Azerbaijan to end the war, calling the decision "unspeakably painful" for him and for his people.

01:55 President Ilham Aliyev, speaking in Baku on a video link with Vladimir Putin, confirms the document. Putin says Russian peacekeepers will deploy along the line of contact and the Lachin corridor.

03:10 Crowds break into the government headquarters and the parliament in Yerevan, angry at the terms.

09:20 Russia's Defence Ministry says the first Il-76 transport planes carrying peacekeepers of the 15th Motor Rifle Brigade have taken off from an airfield near Ulyanovsk.

11:35 Baku apologises to Moscow over the downing of a Russian Mi-24 helicopter over Armenia yesterday evening near the border with Nakhchivan. Two crew members were killed and a third was injured. Azerbaijan says its air defence fired by mistake.

13:05 Residents tell our correspondent that the guns around Stepanakert fell silent overnight; the city had been shelled until the early hours.""",
[("Armenia","AM","actor"),("Azerbaijan","AZ","actor"),("Russia","RU","actor"),("Karabakh","NK","name|location"),("Russia","RU","actor|name"),("Azerbaijan","AZ","actor|name"),("Baku","BAKU","location"),("Lachin corridor","LACHIN_CORR","location"),("Yerevan","YEREVAN","location"),("Russia","RU","actor"),("Ulyanovsk","ULYANOVSK","location"),("Baku","BAKU","actor"),("Moscow","MOSCOW","actor"),("Armenia","AM","location"),("Nakhchivan","NAKHCHIVAN_AR","location"),("Azerbaijan","AZ","actor"),("Stepanakert","KHANKENDI","location")],
[("agreement-trilateral-statement","agreement","BAKU",1,"2020-11-10","day",["Armenia","Azerbaijan","Russia"],{},"President Ilham Aliyev, speaking in Baku on a video link with Vladimir Putin, confirms the document",True,["he has signed a statement with the presidents of Russia and Azerbaijan to end the war"],["YEREVAN"]),
 ("deploy-russia-peacekeepers-nov10","deployment","LACHIN_CORR",1,"2020-11-10","day",["Russia"],{},"Putin says Russian peacekeepers will deploy along the line of contact and the Lachin corridor",True,["the first Il-76 transport planes carrying peacekeepers of the 15th Motor Rifle Brigade have taken off"],["NK"]),
 ("clash-mi24-downed","clash","AM",4,"2020-11-09","day",["Azerbaijan","Russia"],{"fatalities":2,"injured":1},"the downing of a Russian Mi-24 helicopter over Armenia yesterday evening near the border with Nakhchivan",True,["Two crew members were killed and a third was injured","Azerbaijan says its air defence fired by mistake"],["NAKHCHIVAN_AR"]),
 ("clash-stepanakert-last-night","clash","KHANKENDI",1,"2020-11-10","day",[],{},"the city had been shelled until the early hours",True,["the guns around Stepanakert fell silent overnight"])],
[("deployment","ULYANOVSK","where the planes took off, not where they deploy"),("*","MOSCOW","'apologises to Moscow': the government"),("clash","BAKU","'Baku apologises': the government; the helicopter came down over Armenia"),("clash","YEREVAN","a protest, not armed fighting")])

add("t05-tass-demining-stepanakert", "2020-12-04",
"""STEPANAKERT, December 4. /TASS/. Sappers of the Russian peacekeeping contingent in Nagorno-Karabakh have cleared more than 180 hectares of land and 95 km of roads since the start of their mission, the International Mine Action Centre of the Russian Defence Ministry said on Friday.

Over the past 24 hours the specialists defused 1,400 explosive objects in the vicinity of Stepanakert and in the Martakert district, a spokesman said. A further group of 200 deminers with 40 units of engineering equipment arrived in Stepanakert from Russia on Thursday and will begin work next week on the roads towards Shusha, he added.

The peacekeepers also escorted the return of 1,200 refugees from Yerevan along the Lachin corridor during the day.""",
[("STEPANAKERT","KHANKENDI","location"),("Nagorno-Karabakh","NK","location"),("Stepanakert","KHANKENDI","location"),("Martakert","MARTAKERT","location"),("Stepanakert","KHANKENDI","location"),("Russia","RU","location"),("Shusha","SHUSHA","location"),("Yerevan","YEREVAN","location"),("Lachin corridor","LACHIN_CORR","location")],
[("deploy-deminers-stepanakert","deployment","KHANKENDI",1,"2020-12-03","day",["Russia"],{"troops":200},"A further group of 200 deminers with 40 units of engineering equipment arrived in Stepanakert from Russia on Thursday",True),
 ("deploy-demining-martakert","deployment","MARTAKERT",2,"2020-12-04","day",["Russia"],{},"the specialists defused 1,400 explosive objects in the vicinity of Stepanakert and in the Martakert district",False,[],["KHANKENDI"]),
 ("deploy-sappers-karabakh","deployment","NK",3,"2020-12","month",["Russia"],{},"Sappers of the Russian peacekeeping contingent in Nagorno-Karabakh have cleared more than 180 hectares of land and 95 km of roads",False),
 ("deploy-demining-shusha-expected","deployment","SHUSHA",2,"2020-12","month",["Russia"],{},"will begin work next week on the roads towards Shusha",False),
 ("deploy-escort-lachin","deployment","LACHIN_CORR",1,"2020-12-04","day",["Russia"],{},"The peacekeepers also escorted the return of 1,200 refugees from Yerevan along the Lachin corridor during the day",False)],
[("*","YEREVAN","where the refugees came from"),("deployment","RU","the deminers' origin")])

add("t06-analysis-history-moscow-ankara", "2021-03-15",
"""Analysis: Why Moscow and Ankara can share the South Caucasus, for now

Russia and Turkey have fought each other a dozen times since the seventeenth century, and the region still carries the marks. The border between Turkey and Armenia was drawn by the Treaty of Kars in 1921, and the ceasefire that froze the first Karabakh war was agreed in Bishkek in May 1994. In the early 1990s Armenian forces seized Kalbajar, Lachin and Aghdam; the three districts were handed back to Azerbaijan only under the November 2020 deal.

Today Moscow keeps around 3,000 troops at its 102nd base in Gyumri and, since November, nearly 2,000 peacekeepers in Nagorno-Karabakh, while Ankara has built its influence through drones, training and a defence pact with Baku. The joint monitoring centre in Aghdam is less a partnership than a hedge: each side watches the other's drones. The real test lies elsewhere, in Syria, where the two backed opposite sides at Idlib in early 2020 and came close to a direct clash.""",
[("Moscow","MOSCOW","actor"),("Ankara","ANKARA","actor"),("South Caucasus","SCAU","location"),("Russia","RU","actor"),("Turkey","TR","actor"),("Turkey","TR","location"),("Armenia","AM","location"),("Kars","KARS","name"),("Karabakh","NK","name"),("Bishkek","BISHKEK","location"),("Kalbajar","KALBAJAR_DIST","location"),("Lachin","LACHIN","location"),("Aghdam","AGHDAM_DIST","location"),("Azerbaijan","AZ","actor|location"),("Moscow","MOSCOW","actor"),("Gyumri","GYUMRI","location"),("Nagorno-Karabakh","NK","location"),("Ankara","ANKARA","actor"),("Baku","BAKU","actor"),("Aghdam","AGHDAM_DIST","location"),("Syria","SY","location"),("Idlib","IDLIB_PROV","location")],
[("deploy-gyumri-base","deployment","GYUMRI",1,"2021-03","month",["Russia"],{"troops":3000},"Today Moscow keeps around 3,000 troops at its 102nd base in Gyumri",False),
 ("deploy-peacekeepers-karabakh","deployment","NK",3,"2020-11","month",["Russia"],{},"since November, nearly 2,000 peacekeepers in Nagorno-Karabakh",False),
 ("deploy-aghdam-centre","deployment","AGHDAM_DIST",2,"2021-03","month",["Russia","Turkey"],{},"The joint monitoring centre in Aghdam is less a partnership than a hedge",False)],
[("agreement","KARS","the Treaty of Kars of 1921: history, and a name"),("agreement","BISHKEK","the 1994 ceasefire: history"),
 ("clash","KALBAJAR_DIST","seized in the early 1990s: history"),("clash","LACHIN","seized in the early 1990s: history"),("clash","AGHDAM_DIST","seized in the early 1990s: history"),
 ("clash","IDLIB_PROV","the 2020 Idlib confrontation: history, and only 'came close to a clash'"),
 ("*","MOSCOW","'Moscow and Ankara', 'Moscow keeps': the government"),("*","ANKARA","'Ankara has built': the government"),("*","BAKU","'a defence pact with Baku': the government")])

add("t07-nakhchivan-joint-exercises", "2021-09-06",
"""NAKHCHIVAN, Azerbaijan, Sept 6 - Turkish and Azerbaijani troops began joint live-fire exercises in Nakhchivan on Monday, with tanks, artillery and Turkish F-16 jets taking part in drills on ranges near Julfa and Ordubad, close to the borders with Armenia and Iran, the defence ministry in Baku said.

About 2,500 personnel are involved in the five-day manoeuvres, the first in the exclave since the end of last year's war. The ministry said the drills were purely defensive and followed a programme the two allies agreed when their presidents signed the Shusha Declaration in June.

Yerevan called the exercises a provocation. Tehran, which has watched the growing Turkish military presence on its northern frontier with unease, said it would hold drills of its own in the coming weeks. Last summer the two allies held similar large-scale exercises across Azerbaijan, from Baku and Ganja to Nakhchivan, only weeks before the war began.""",
[("NAKHCHIVAN","NAKHCHIVAN_CITY","location"),("Azerbaijan","AZ","location"),("Nakhchivan","NAKHCHIVAN_AR","location"),("Julfa","JULFA","location"),("Ordubad","ORDUBAD","location"),("Armenia","AM","location"),("Iran","IR","location"),("Baku","BAKU","location|actor"),("Shusha","SHUSHA","name"),("Yerevan","YEREVAN","actor"),("Tehran","TEHRAN","actor"),("Azerbaijan","AZ","location"),("Baku","BAKU","location"),("Ganja","GANJA","location"),("Nakhchivan","NAKHCHIVAN_AR","location")],
[("exercise-nakhchivan-sep2021","exercise","NAKHCHIVAN_AR",3,"2021-09-06","day",["Turkey","Azerbaijan"],{"troops":2500},"Turkish and Azerbaijani troops began joint live-fire exercises in Nakhchivan on Monday",True,["About 2,500 personnel are involved in the five-day manoeuvres"],["JULFA","ORDUBAD","NAKHCHIVAN_CITY"]),
 ("agreement-shusha-declaration","agreement","SHUSHA",1,"2021-06","month",["Turkey","Azerbaijan"],{},"their presidents signed the Shusha Declaration in June",False),
 ("exercise-summer-2020","exercise","AZ",4,"2020","year",["Turkey","Azerbaijan"],{},"Last summer the two allies held similar large-scale exercises across Azerbaijan, from Baku and Ganja to Nakhchivan",False,[],["BAKU","GANJA"])],
[("*","YEREVAN","'Yerevan called': the government"),("*","TEHRAN","'Tehran ... said': the government; its drills have no place yet"),("*","IR","a border reference"),("*","AM","a border reference")])

add("t08-landmine-kalbajar-fuzuli", "2021-08-23",
"""BAKU, Aug 23 - A truck carrying road construction workers struck an anti-tank mine in the Kalbajar district on Sunday, killing two men and injuring three others, Azerbaijan's mine action agency ANAMA said. The vehicle was travelling on a mountain road that had not yet been fully cleared, about 20 km south of Kalbajar town.

In a separate incident on Saturday, a 52-year-old shepherd lost a leg when an unexploded cluster bomblet went off while he was grazing sheep in the Fuzuli district, the agency said.

More than 150 people have been killed or wounded by mines in the districts returned to Azerbaijani control since the November 2020 ceasefire, according to official figures. Baku accuses Yerevan of refusing to hand over accurate maps of the minefields laid during three decades of occupation, a charge Armenia denies.""",
[("BAKU","BAKU","location"),("Kalbajar","KALBAJAR_DIST","location"),("Azerbaijan","AZ","actor"),("Kalbajar","KALBAJAR","location"),("Fuzuli","FUZULI_DIST","location"),("Baku","BAKU","actor"),("Yerevan","YEREVAN","actor"),("Armenia","AM","actor")],
[("incident-kalbajar-truck-mine","incident","KALBAJAR_DIST",2,"2021-08-22","day",[],{"fatalities":2,"injured":3},"A truck carrying road construction workers struck an anti-tank mine in the Kalbajar district on Sunday, killing two men and injuring three others",True,[],["KALBAJAR"]),
 ("incident-fuzuli-bomblet","incident","FUZULI_DIST",2,"2021-08-21","day",[],{"injured":1},"a 52-year-old shepherd lost a leg when an unexploded cluster bomblet went off while he was grazing sheep in the Fuzuli district",True)],
[("*","BAKU","the dateline, and 'Baku accuses': the government"),("*","YEREVAN","'Yerevan' refusing maps: the government"),("*","AM","'Armenia denies': the government")])

# ---------------- Other wars (12) ----------------
add("o01-ukraine-kharkiv-superstore", "2024-05-27",
"""KYIV, May 27 - Rescuers in Kharkiv finished searching the charred ruins of a hardware superstore on Monday after a Russian guided-bomb attack on Saturday that killed at least 16 people and injured 43, regional officials said.

The store, in a residential district on the city's north-western edge, was packed with weekend shoppers when two bombs hit it in the afternoon. Another strike on Sunday damaged a printing house in the city centre.

Russia, which denies targeting civilians, did not comment. President Volodymyr Zelensky, speaking in Kyiv, said the attack showed why Ukraine needed more air defence systems for Kharkiv.""",
[("KYIV","KYIV","location"),("Kharkiv","KHARKIV","location"),("Russia","RU","actor"),("Kyiv","KYIV","location"),("Ukraine","UA","actor"),("Kharkiv","KHARKIV","location")],
[("clash-kharkiv-superstore","clash","KHARKIV",1,"2024-05-25","day",["Russia"],{"fatalities":16,"injured":43},"a Russian guided-bomb attack on Saturday that killed at least 16 people and injured 43",True,["two bombs hit it in the afternoon"]),
 ("clash-kharkiv-printing-house","clash","KHARKIV",1,"2024-05-26","day",[],{},"Another strike on Sunday damaged a printing house in the city centre",True)],
[("*","KYIV","the dateline, and where the president spoke"),("*","RU","'Russia ... did not comment'")])

add("o02-ukraine-bakhmut", "2023-03-08",
"""Russian forces, spearheaded by Wagner mercenaries, pushed into the eastern part of Bakhmut yesterday and now control the districts east of the Bakhmutka river, a Ukrainian military spokesman said, while insisting that the city had not been surrounded.

Three civilians were killed by shelling in the city over the past day, the Donetsk regional governor said.

Ukrainian artillery units positioned near Chasiv Yar, a town some 10 km to the west, fired at Russian assault groups moving along the road from Soledar, which Moscow's forces captured in January.""",
[("Bakhmut","BAKHMUT","location"),("Donetsk","DONETSK_OBL","location|name"),("Chasiv Yar","CHASIV_YAR","location"),("Soledar","SOLEDAR","location"),("Moscow","MOSCOW","actor")],
[("clash-bakhmut-east","clash","BAKHMUT",1,"2023-03-07","day",["Russia"],{},"Russian forces, spearheaded by Wagner mercenaries, pushed into the eastern part of Bakhmut yesterday",True),
 ("clash-bakhmut-shelling","clash","BAKHMUT",1,"2023-03","month",[],{"fatalities":3},"Three civilians were killed by shelling in the city over the past day",True),
 ("clash-soledar-road","clash","SOLEDAR",2,"2023-03","month",["Ukraine","Russia"],{},"Ukrainian artillery units positioned near Chasiv Yar, a town some 10 km to the west, fired at Russian assault groups moving along the road from Soledar",False,[],["BAKHMUT","CHASIV_YAR"]),
 ("clash-soledar-january","clash","SOLEDAR",1,"2023-01","month",["Russia"],{},"which Moscow's forces captured in January",False)],
[("*","MOSCOW","'Moscow's forces': the state")])

add("o03-ukraine-zaporizhzhia-overnight", "2024-10-10",
"""ZAPORIZHZHIA, Ukraine, Oct 10 - Russian missiles and glide bombs struck Zaporizhzhia overnight, hitting an apartment block and a car repair shop and killing five people, including a 17-year-old girl, the regional governor said on Thursday. Twenty-one others were wounded.

Further south, Ukrainian and Russian troops fought near Robotyne and Orikhiv, where Kyiv's forces said they had repelled nine assaults in the past day.

The Zaporizhzhia nuclear power plant, which lies in Russian-held Enerhodar on the far bank of the river, lost its last external power line for several hours, the International Atomic Energy Agency said.""",
[("ZAPORIZHZHIA","ZAPORIZHIA","location"),("Ukraine","UA","location"),("Zaporizhzhia","ZAPORIZHIA","location"),("Robotyne","ROBOTYNE","location"),("Orikhiv","ORIKHIV","location"),("Kyiv","KYIV","actor"),("Zaporizhzhia","ZAPORIZHIA","name"),("Enerhodar","ENERHODAR","location")],
[("clash-zaporizhzhia-overnight","clash","ZAPORIZHIA",1,"2024-10-10","day",["Russia"],{"fatalities":5,"injured":21},"Russian missiles and glide bombs struck Zaporizhzhia overnight",True,["Twenty-one others were wounded"]),
 ("clash-robotyne-orikhiv","clash","ROBOTYNE",2,"2024-10","month",["Ukraine","Russia"],{},"Ukrainian and Russian troops fought near Robotyne and Orikhiv",True,["Kyiv's forces said they had repelled nine assaults in the past day"],["ORIKHIV"])],
[("*","KYIV","'Kyiv's forces': the state"),("*","ENERHODAR","a power line lost at the plant, no attack reported")])

add("o04-syria-idlib-shelling", "2023-10-10",
"""Syrian government forces and Russian warplanes pounded opposition-held Idlib province for a fifth day on Tuesday, killing at least 11 civilians, rescue workers said.

Artillery shells fell on a vegetable market in Idlib city, killing six people, while Russian air strikes hit farms on the outskirts of Saraqib to the east. The escalation followed a drone attack on a military academy in Homs last Thursday that killed dozens of people at a graduation ceremony, which Damascus blamed on insurgents in the north-west.""",
[("Idlib","IDLIB_PROV","location"),("Idlib","IDLIB","location"),("Saraqib","SARAQIB","location"),("Homs","HOMS","location"),("Damascus","DAMASCUS","actor")],
[("clash-idlib-market","clash","IDLIB",1,"2023-10-10","day",["Syria"],{"fatalities":6},"Artillery shells fell on a vegetable market in Idlib city, killing six people",True),
 ("clash-saraqib-air-strikes","clash","SARAQIB",1,"2023-10-10","day",["Russia"],{},"Russian air strikes hit farms on the outskirts of Saraqib to the east",True),
 ("clash-idlib-province","clash","IDLIB_PROV",3,"2023-10-10","day",["Syria","Russia"],{"fatalities":11},"Syrian government forces and Russian warplanes pounded opposition-held Idlib province for a fifth day on Tuesday, killing at least 11 civilians",False),
 ("clash-homs-academy","clash","HOMS",1,"2023-10-05","day",[],{},"a drone attack on a military academy in Homs last Thursday that killed dozens of people",False)],
[("*","DAMASCUS","'Damascus blamed': the government")])

add("o05-syria-aleppo-offensive", "2024-11-30",
"""Insurgents led by Hayat Tahrir al-Sham swept into Aleppo on Friday, two days after launching a surprise offensive from their enclave in the north-west, and by nightfall held large parts of the city, witnesses and a war monitor said. Government troops withdrew from several districts with little resistance, and the army said dozens of its soldiers had been killed.

Russian jets struck rebel positions on the western edge of Aleppo overnight, the Russian military said. The insurgents also said they had taken Saraqib, cutting the main highway to Damascus.

In Ankara, officials said Turkey had played no part in the offensive.""",
[("Aleppo","ALEPPO","location"),("Aleppo","ALEPPO","location"),("Saraqib","SARAQIB","location"),("Damascus","DAMASCUS","location"),("Ankara","ANKARA","location"),("Turkey","TR","actor")],
[("clash-aleppo-hts-entry","clash","ALEPPO",1,"2024-11-29","day",["Hayat Tahrir al-Sham","Syria"],{},"Insurgents led by Hayat Tahrir al-Sham swept into Aleppo on Friday",True,["Government troops withdrew from several districts with little resistance, and the army said dozens of its soldiers had been killed"]),
 ("clash-aleppo-russian-strikes","clash","ALEPPO",1,"2024-11-30","day",["Russia"],{},"Russian jets struck rebel positions on the western edge of Aleppo overnight",True),
 ("clash-saraqib-taken","clash","SARAQIB",1,"2024-11","month",["Hayat Tahrir al-Sham"],{},"The insurgents also said they had taken Saraqib",True)],
[("*","DAMASCUS","only where the highway leads"),("*","ANKARA","where officials spoke; Turkey not involved")])

add("o06-sudan-el-fasher-hospital", "2024-06-14",
"""El Fasher, 14 June 2024 - The Rapid Support Forces shelled the Saudi Hospital in El Fasher on 13 June, killing four patients and a nurse, medical sources in the besieged capital of North Darfur said on Friday. It was the second time in a week that the hospital, the last fully functioning one in the city, had been hit.

Separately, RSF fighters attacked the Abu Shouk camp for displaced people on the northern edge of the city on Wednesday, burning dozens of shelters; the army and allied armed groups said they had pushed the attackers back.

In Port Sudan, the army-backed government again accused the United Arab Emirates of arming the paramilitary group, a charge the Gulf state rejects.""",
[("El Fasher","EL_FASHER","location"),("El Fasher","EL_FASHER","location"),("North Darfur","NDARFUR","location"),("Abu Shouk","ABU_SHOUK","location"),("Port Sudan","PORT_SUDAN","location"),("United Arab Emirates","AE","actor")],
[("clash-el-fasher-hospital","clash","EL_FASHER",1,"2024-06-13","day",[RSF],{"fatalities":5},"The Rapid Support Forces shelled the Saudi Hospital in El Fasher on 13 June, killing four patients and a nurse",True),
 ("clash-el-fasher-hospital-earlier","clash","EL_FASHER",1,"2024-06","month",[],{},"It was the second time in a week that the hospital, the last fully functioning one in the city, had been hit",False),
 ("clash-abu-shouk","clash","ABU_SHOUK",1,"2024-06-12","day",[RSF,"Sudan"],{},"RSF fighters attacked the Abu Shouk camp for displaced people on the northern edge of the city on Wednesday",True,["the army and allied armed groups said they had pushed the attackers back"],["EL_FASHER"])],
[("*","PORT_SUDAN","where the government sits and speaks"),("*","AE","an accused state, no event there")])

add("o07-sudan-khartoum-market", "2023-09-11",
"""At least 40 people were killed and more than 70 wounded yesterday when a drone struck a crowded open-air market in southern Khartoum, volunteers from a local emergency response room said. Activists blamed the army, which has relied on air power against Rapid Support Forces fighters entrenched in residential areas of the capital; the army denied carrying out the strike.

Across the river in Omdurman, heavy artillery exchanges between the two sides went on for a second day, residents said, and a shell hit a house in the north of the city, killing a woman and her two children.

The army-led government in Port Sudan has not responded to calls by the United States and Saudi Arabia to resume talks in Jeddah.""",
[("Khartoum","KHARTOUM","location"),("Omdurman","OMDURMAN","location"),("Port Sudan","PORT_SUDAN","location"),("United States","US","actor"),("Saudi Arabia","SA","actor"),("Jeddah","JEDDAH","location")],
[("clash-khartoum-market-drone","clash","KHARTOUM",2,"2023-09-10","day",[],{"fatalities":40},"At least 40 people were killed and more than 70 wounded yesterday when a drone struck a crowded open-air market in southern Khartoum",True),
 ("clash-omdurman-artillery","clash","OMDURMAN",1,"2023-09","month",["Sudan",RSF],{"fatalities":3},"heavy artillery exchanges between the two sides went on for a second day",True,["a shell hit a house in the north of the city, killing a woman and her two children"]),
 ("meeting-jeddah-talks-called","meeting","JEDDAH",1,"2023-09","month",["United States","Saudi Arabia"],{},"calls by the United States and Saudi Arabia to resume talks in Jeddah",False)],
[("*","PORT_SUDAN","seat of the government, no event"),("*","US","a caller for talks"),("*","SA","a caller for talks")])

add("o08-gaza-lebanon-strikes", "2024-10-17",
"""Israeli air strikes on a school sheltering displaced families in Deir al-Balah killed at least 20 people, most of them women and children, according to medics at the nearby hospital. In Khan Younis, tanks pushed back into the eastern neighbourhoods and residents reported heavy gunfire through the night.

In Lebanon, Israeli jets struck the centre of Nabatieh, flattening the municipal building and killing the town's mayor and at least five other people, Lebanese officials said, while Hezbollah said it had fired a barrage of rockets at Metula and other communities in northern Israel.

Beirut has asked the United States and France to press for a ceasefire. The Gaza health ministry says more than 42,000 Palestinians have been killed in the territory since October 2023.""",
[("Deir al-Balah","DEIR_AL_BALAH","location"),("Khan Younis","KHAN_YOUNIS","location"),("Lebanon","LB","location"),("Nabatieh","NABATIEH","location"),("Metula","METULA","location"),("Israel","IL","location"),("Beirut","BEIRUT","actor"),("United States","US","actor"),("France","FR","actor"),("Gaza","GAZA_STRIP","name")],
[("clash-deir-al-balah-school","clash","DEIR_AL_BALAH",1,"2024-10","month",["Israel"],{"fatalities":20},"Israeli air strikes on a school sheltering displaced families in Deir al-Balah killed at least 20 people",True),
 ("clash-khan-younis-tanks","clash","KHAN_YOUNIS",1,"2024-10","month",["Israel"],{},"In Khan Younis, tanks pushed back into the eastern neighbourhoods and residents reported heavy gunfire through the night",True),
 ("clash-nabatieh-municipality","clash","NABATIEH",1,"2024-10","month",["Israel"],{"fatalities":6},"Israeli jets struck the centre of Nabatieh, flattening the municipal building and killing the town's mayor and at least five other people",True),
 ("clash-metula-rockets","clash","METULA",1,"2024-10","month",["Hezbollah"],{},"Hezbollah said it had fired a barrage of rockets at Metula and other communities in northern Israel",True)],
[("*","BEIRUT","'Beirut has asked': the government"),("*","US","asked to press for a ceasefire"),("*","FR","asked to press for a ceasefire")])

add("o09-sahel-weekly", "2024-08-30",
"""Sahel weekly, 30 August 2024

Burkina Faso. Fighters of the al-Qaeda-linked JNIM attacked Barsalogho, in the Centre-Nord region, last Saturday, opening fire on civilians and auxiliaries who had been ordered to dig defensive trenches around the town. Death tolls vary widely: the government has given no figure, while aid workers and local associations speak of hundreds dead. The army flew reinforcements in from Kaya, about 40 km to the south, the following day.

Mali. A drone strike by the Malian armed forces hit a pharmacy in Tinzaouaten, near the Algerian border, on 25 August, killing 21 civilians including 11 children, according to the Tuareg-led rebel coalition, whose fighters routed Malian troops and their Russian auxiliaries in the same area in late July. Bamako says its strikes target only terrorists. In Ouagadougou, the junta announced that general mobilisation would be extended for another year.""",
[("Sahel","SAHEL","name"),("Burkina Faso","BF","location"),("Barsalogho","BARSALOGHO","location"),("Centre-Nord","CENTRE_NORD","location"),("Kaya","KAYA","location"),("Mali","ML","location"),("Tinzaouaten","TINZAOUATEN","location"),("Bamako","BAMAKO","actor"),("Ouagadougou","OUAGADOUGOU","location")],
[("clash-barsalogho-jnim","clash","BARSALOGHO",1,"2024-08-24","day",["JNIM"],{},"Fighters of the al-Qaeda-linked JNIM attacked Barsalogho, in the Centre-Nord region, last Saturday",True,["opening fire on civilians and auxiliaries who had been ordered to dig defensive trenches around the town"]),
 ("deploy-barsalogho-reinforcements","deployment","BARSALOGHO",1,"2024-08-25","day",["Burkina Faso"],{},"The army flew reinforcements in from Kaya, about 40 km to the south, the following day",True),
 ("clash-tinzaouaten-drone","clash","TINZAOUATEN",1,"2024-08-25","day",["Mali"],{"fatalities":21},"A drone strike by the Malian armed forces hit a pharmacy in Tinzaouaten, near the Algerian border, on 25 August, killing 21 civilians",True),
 ("clash-tinzaouaten-july","clash","TINZAOUATEN",1,"2024-07","month",[],{},"whose fighters routed Malian troops and their Russian auxiliaries in the same area in late July",False)],
[("deployment","KAYA","where the reinforcements came from"),("*","BAMAKO","'Bamako says': the government"),("*","OUAGADOUGOU","an announcement, no event")])

add("o10-drc-goma-m23", "2025-01-27",
"""GOMA, Democratic Republic of Congo, Jan 27 (Reuters) - M23 rebels backed by Rwandan troops walked through the centre of Goma on Monday after entering the city overnight, while sporadic gunfire continued near the airport, where some Congolese soldiers were still holding out. Hospitals were overwhelmed, and bodies lay in the streets of several neighbourhoods.

At least 13 foreign soldiers serving with the UN mission and a southern African regional force have been killed in fighting around Goma and the nearby town of Sake since last week, their governments said.

Kigali denies sending troops, and Kinshasa has cut diplomatic ties with Rwanda. In Kinshasa, protesters attacked several embassies.""",
[("GOMA","GOMA","location"),("Democratic Republic of Congo","CD","location"),("Goma","GOMA","location"),("Goma","GOMA","location"),("Sake","SAKE","location"),("Kigali","KIGALI","actor"),("Kinshasa","KINSHASA","actor"),("Rwanda","RW","actor"),("Kinshasa","KINSHASA","location")],
[("clash-goma-m23-entry","clash","GOMA",1,"2025-01-27","day",["M23","DR Congo"],{},"M23 rebels backed by Rwandan troops walked through the centre of Goma on Monday after entering the city overnight, while sporadic gunfire continued near the airport",True),
 ("clash-goma-sake-peacekeepers","clash","SAKE",2,"2025-01","month",["M23"],{"fatalities":13},"At least 13 foreign soldiers serving with the UN mission and a southern African regional force have been killed in fighting around Goma and the nearby town of Sake since last week",True,[],["GOMA"])],
[("*","KIGALI","'Kigali denies': the government"),("*","KINSHASA","'Kinshasa has cut ties': the government; the embassy attacks are a riot, not armed fighting"),("*","RW","a diplomatic party")])

add("o11-yemen-strikes-red-sea", "2024-01-25",
"""SANAA, Jan 25 - US and British warplanes struck Houthi targets around Sanaa and in Hodeidah province late on Monday, hitting an underground storage site and missile launchers, the Pentagon said, in the latest round of strikes since the Houthis began attacking merchant shipping.

Houthi-run television reported strikes on an air base north of the capital.

On Wednesday, a Houthi anti-ship missile hit a bulk carrier sailing off Mocha; the crew reported a fire that was later put out and no injuries. The Houthis say they will keep targeting ships linked to Israel until the war in Gaza ends.""",
[("SANAA","SANAA","location"),("US","US","actor"),("Sanaa","SANAA","location"),("Hodeidah","HODEIDAH_GOV","location"),("Mocha","MOCHA","location"),("Israel","IL","actor"),("Gaza","GAZA_STRIP","location")],
[("clash-sanaa-strikes","clash","SANAA",2,"2024-01-22","day",["United States","United Kingdom"],{},"US and British warplanes struck Houthi targets around Sanaa and in Hodeidah province late on Monday",True,["Houthi-run television reported strikes on an air base north of the capital"]),
 ("clash-hodeidah-strikes","clash","HODEIDAH_GOV",3,"2024-01-22","day",["United States","United Kingdom"],{},"US and British warplanes struck Houthi targets around Sanaa and in Hodeidah province late on Monday",True),
 ("clash-mocha-ship","clash","MOCHA",2,"2024-01-24","day",["Houthis"],{},"a Houthi anti-ship missile hit a bulk carrier sailing off Mocha",True)],
[("*","GAZA_STRIP","'until the war in Gaza ends': a condition, no event reported here"),("*","IL","ships 'linked to Israel'")])

add("o12-myanmar-lashio", "2024-08-05",
"""The Myanmar National Democratic Alliance Army said on Saturday it had captured the military's Northeastern Command headquarters in Lashio, the largest town in northern Shan State, after nearly a month of fighting, the first regional command to fall to an armed group since the 2021 coup.

The junta in Naypyitaw did not confirm the loss but acknowledged it had lost contact with several senior officers. Military aircraft bombed residential quarters of the town on Sunday, killing at least nine civilians, residents said.

Further south, the Ta'ang National Liberation Army said it had taken full control of Mogok, a ruby-mining town in Mandalay Region, in late July.""",
[("Myanmar","MM","name"),("Lashio","LASHIO","location"),("Shan State","SHAN","location"),("Naypyitaw","NAYPYIDAW","actor"),("Mogok","MOGOK","location"),("Mandalay","MANDALAY_REG","location")],
[("clash-lashio-command-captured","clash","LASHIO",1,"2024-08-03","day",["Myanmar National Democratic Alliance Army","Myanmar"],{},"The Myanmar National Democratic Alliance Army said on Saturday it had captured the military's Northeastern Command headquarters in Lashio",True,["after nearly a month of fighting"]),
 ("clash-lashio-air-strikes","clash","LASHIO",1,"2024-08-04","day",["Myanmar"],{"fatalities":9},"Military aircraft bombed residential quarters of the town on Sunday, killing at least nine civilians",True),
 ("clash-mogok-taken","clash","MOGOK",1,"2024-07","month",["Ta'ang National Liberation Army"],{},"the Ta'ang National Liberation Army said it had taken full control of Mogok",True)],
[("*","NAYPYIDAW","'The junta in Naypyitaw': the government")])

# key: (name, country, level, lat, lon, scored)  # gazetteer id (data/gazetteer.tsv.gz, or region:… in data/regions.tsv)
PLACES = {
    "AM": ("Armenia", "AM", "country", 40.0, 45.0, True),  # cc:AM
    "AZ": ("Azerbaijan", "AZ", "country", 40.5, 47.5, True),  # cc:AZ
    "RU": ("Russia", "RU", "country", 60.0, 100.0, True),  # cc:RU
    "TR": ("Turkey", "TR", "country", 39.0, 35.0, True),  # cc:TR
    "IR": ("Iran", "IR", "country", 32.0, 53.0, True),  # cc:IR
    "UA": ("Ukraine", "UA", "country", 49.0, 32.0, True),  # cc:UA
    "SY": ("Syria", "SY", "country", 35.0, 38.0, True),  # cc:SY
    "IL": ("Israel", "IL", "country", 31.47, 35.13, True),  # cc:IL
    "LB": ("Lebanon", "LB", "country", 33.83333, 35.83333, True),  # cc:LB
    "ML": ("Mali", "ML", "country", 17.0, -4.0, True),  # cc:ML
    "BF": ("Burkina Faso", "BF", "country", 13.0, -2.0, True),  # cc:BF
    "CD": ("DR Congo", "CD", "country", 0.0, 25.0, True),  # cc:CD
    "RW": ("Rwanda", "RW", "country", -2.0, 30.0, True),  # cc:RW
    "MM": ("Myanmar", "MM", "country", 22.0, 98.0, True),  # cc:MM
    "US": ("United States", "US", "country", 38.0, -97.0, True),  # cc:US
    "FR": ("France", "FR", "country", 46.0, 2.0, True),  # cc:FR
    "AE": ("United Arab Emirates", "AE", "country", 24.0, 54.0, True),  # cc:AE
    "SA": ("Saudi Arabia", "SA", "country", 25.0, 45.0, True),  # cc:SA
    "NK": ("Nagorno-Karabakh", "AZ", "region", 39.82, 46.75, True),  # region:nagorno-karabakh
    "LACHIN_CORR": ("Lachin corridor", "AZ", "region", 39.65, 46.5, True),  # region:lachin-corridor
    "SCAU": ("South Caucasus", None, "region", 41.0, 45.0, False),  # region:south-caucasus
    "SAHEL": ("Sahel", None, "region", 15.0, 5.0, False),  # region:sahel
    "GAZA_STRIP": ("Gaza Strip", "PS", "region", 31.45, 34.4, True),  # region:gaza-strip
    "SARSANG": ("Sarsang reservoir", "AZ", "region", 40.13, 46.55, True),  # region:sarsang-reservoir
    "SUGOVUSHAN": ("Sugovushan", "AZ", "village", 40.3314, 46.7294, True),  # region:sugovushan
    "TALISH": ("Talish", "AZ", "village", 40.3814, 46.7408, True),  # region:talish
    "TARTAR": ("Tartar", "AZ", "city", 40.34201, 46.93161, True),  # 584871
    "TARTAR_DIST": ("Tartar District", "AZ", "admin1", 40.34201, 46.93161, True),  # adm1:AZ.57
    "GANJA": ("Ganja", "AZ", "city", 40.68157, 46.36134, True),  # 586523
    "GANJA_DIST": ("Ganja (municipality)", "AZ", "admin1", 40.68157, 46.36134, True),  # adm1:AZ.20
    "BARDA": ("Barda", "AZ", "city", 40.37577, 47.12619, True),  # 587057
    "BARDA_DIST": ("Barda District", "AZ", "admin1", 40.37577, 47.12619, True),  # adm1:AZ.11
    "KHANKENDI": ("Khankendi (Stepanakert)", "AZ", "city", 39.8177, 46.7528, True),  # 146970
    "KHOJAVEND": ("Khojavend (Martuni)", "AZ", "city", 39.79496, 47.1117, True),  # 146969
    "KHOJAVEND_DIST": ("Khojavend District", "AZ", "admin1", 39.79496, 47.1117, True),  # adm1:AZ.65
    "HADRUT": ("Hadrut", "AZ", "village", 39.52003, 47.0319, True),  # 148105
    "FUZULI": ("Fuzuli", "AZ", "city", 39.60094, 47.14529, True),  # 148106
    "FUZULI_DIST": ("Fuzuli District", "AZ", "admin1", 39.60094, 47.14529, True),  # adm1:AZ.18
    "JABRAYIL": ("Jabrayil", "AZ", "city", 39.39917, 47.02835, True),  # 148141
    "JABRAYIL_DIST": ("Jabrayil District", "AZ", "admin1", 39.39917, 47.02835, True),  # adm1:AZ.14
    "SHUSHA": ("Shusha", "AZ", "city", 39.76006, 46.74989, True),  # 147105
    "SHUSHA_DIST": ("Shusha District", "AZ", "admin1", 39.76006, 46.74989, True),  # adm1:AZ.55
    "AGHDAM": ("Aghdam", "AZ", "city", 39.99096, 46.92736, True),  # 148619
    "AGHDAM_DIST": ("Aghdam District", "AZ", "admin1", 39.99096, 46.92736, True),  # adm1:AZ.03
    "KALBAJAR": ("Kalbajar", "AZ", "city", 40.10984, 46.04446, True),  # 586268
    "KALBAJAR_DIST": ("Kalbajar District", "AZ", "admin1", 40.10984, 46.04446, True),  # adm1:AZ.26
    "LACHIN": ("Lachin", "AZ", "city", 39.59881, 46.55045, True),  # 147625
    "MARTAKERT": ("Martakert", "AZ", "city", 40.21127, 46.82135, True),  # 587379
    "NAKHCHIVAN_AR": ("Nakhchivan", "AZ", "admin1", 39.20889, 45.41222, True),  # adm1:AZ.35
    "NAKHCHIVAN_CITY": ("Nakhchivan (city)", "AZ", "city", 39.20889, 45.41222, True),  # 147429
    "JULFA": ("Julfa", "AZ", "city", 38.95397, 45.62961, True),  # 148251
    "ORDUBAD": ("Ordubad", "AZ", "village", 38.90961, 46.02274, True),  # 147368
    "BAKU": ("Baku", "AZ", "city", 40.37767, 49.89201, True),  # 587084
    "YEREVAN": ("Yerevan", "AM", "city", 40.17765, 44.5126, True),  # 616052
    "GYUMRI": ("Gyumri", "AM", "city", 40.79305, 43.84635, True),  # 616635
    "MOSCOW": ("Moscow", "RU", "city", 55.75204, 37.61781, True),  # 524901
    "ULYANOVSK": ("Ulyanovsk", "RU", "city", 54.32824, 48.38657, True),  # 479123
    "ANKARA": ("Ankara", "TR", "city", 39.91987, 32.85427, True),  # 323786
    "KARS": ("Kars", "TR", "city", 40.59825, 43.08548, True),  # 743952
    "BISHKEK": ("Bishkek", "KG", "city", 42.87, 74.59, True),  # 1528675
    "TEHRAN": ("Tehran", "IR", "city", 35.69439, 51.42151, True),  # 112931
    "KYIV": ("Kyiv", "UA", "city", 50.45466, 30.5238, True),  # 703448
    "KHARKIV": ("Kharkiv", "UA", "city", 49.98177, 36.25475, True),  # 706483
    "BAKHMUT": ("Bakhmut", "UA", "city", 48.59419, 37.99886, True),  # 713174
    "DONETSK_OBL": ("Donetsk Oblast", "UA", "admin1", 48.023, 37.80224, True),  # adm1:UA.05
    "CHASIV_YAR": ("Chasiv Yar", "UA", "city", 48.59348, 37.85724, True),  # 710915
    "SOLEDAR": ("Soledar", "UA", "city", 48.6921, 38.07098, True),  # 706757
    "ZAPORIZHIA": ("Zaporizhzhia", "UA", "city", 47.82289, 35.19031, True),  # 687700
    "ROBOTYNE": ("Robotyne", "UA", "village", 47.4431, 35.8261, True),  # region:robotyne
    "ORIKHIV": ("Orikhiv", "UA", "city", 47.57613, 35.78333, True),  # 698428
    "ENERHODAR": ("Enerhodar", "UA", "city", 47.49048, 34.66199, True),  # cj:dcd059078951
    "IDLIB": ("Idlib", "SY", "city", 35.93062, 36.63393, True),  # 169389
    "IDLIB_PROV": ("Idlib Governorate", "SY", "admin1", 35.93062, 36.63393, True),  # adm1:SY.12
    "SARAQIB": ("Saraqib", "SY", "city", 35.86447, 36.80591, True),  # 164816
    "HOMS": ("Homs", "SY", "city", 34.72405, 36.72559, True),  # 169577
    "DAMASCUS": ("Damascus", "SY", "city", 33.5102, 36.29128, True),  # 170654
    "ALEPPO": ("Aleppo", "SY", "city", 36.20124, 37.16117, True),  # 170063
    "EL_FASHER": ("El Fasher", "SD", "city", 13.62793, 25.34936, True),  # 379555
    "NDARFUR": ("North Darfur", "SD", "admin1", 13.62793, 25.34936, True),  # adm1:SD.55
    "ABU_SHOUK": ("Abu Shouk", "SD", "village", 13.66, 25.33, True),  # region:abu-shouk
    "PORT_SUDAN": ("Port Sudan", "SD", "city", 19.61745, 37.21644, True),  # 377039
    "KHARTOUM": ("Khartoum", "SD", "city", 15.55177, 32.53241, True),  # 379252
    "OMDURMAN": ("Omdurman", "SD", "city", 15.64453, 32.47773, True),  # 365137
    "JEDDAH": ("Jeddah", "SA", "city", 21.49012, 39.18624, True),  # 105343
    "DEIR_AL_BALAH": ("Deir al-Balah", "PS", "city", 31.41834, 34.34933, True),  # 281141
    "KHAN_YOUNIS": ("Khan Younis", "PS", "city", 31.34018, 34.30627, True),  # 281124
    "NABATIEH": ("Nabatieh", "LB", "city", 33.37889, 35.48389, True),  # 278913
    "METULA": ("Metula", "IL", "village", 33.27929, 35.5787, True),  # 294247
    "BEIRUT": ("Beirut", "LB", "city", 33.89332, 35.50157, True),  # 276781
    "BARSALOGHO": ("Barsalogho", "BF", "city", 13.42, -1.06, True),  # region:barsalogho
    "CENTRE_NORD": ("Centre-Nord", "BF", "admin1", 13.0883, -1.08368, True),  # adm1:BF.05
    "KAYA": ("Kaya", "BF", "city", 13.0883, -1.08368, True),  # 2359608
    "OUAGADOUGOU": ("Ouagadougou", "BF", "city", 12.36566, -1.53388, True),  # 2357048
    "TINZAOUATEN": ("Tinzaouaten", "ML", "city", 19.95, 2.93, True),  # region:tinzaouaten
    "BAMAKO": ("Bamako", "ML", "city", 12.65, -8.0, True),  # 2460596
    "GOMA": ("Goma", "CD", "city", -1.67409, 29.22845, True),  # 216281
    "SAKE": ("Sake", "CD", "city", -1.57386, 29.04339, True),  # 205970
    "KIGALI": ("Kigali", "RW", "city", -1.94995, 30.05885, True),  # 202061
    "KINSHASA": ("Kinshasa", "CD", "city", -4.32758, 15.31357, True),  # 2314302
    "SANAA": ("Sanaa", "YE", "city", 15.35452, 44.20646, True),  # 71137
    "HODEIDAH_GOV": ("Hodeidah Governorate", "YE", "admin1", 14.79781, 42.95452, True),  # adm1:YE.08
    "MOCHA": ("Mocha", "YE", "village", 13.31814, 43.24991, True),  # cj:a82363715be8
    "LASHIO": ("Lashio", "MM", "city", 22.9359, 97.7498, True),  # 1314759
    "SHAN": ("Shan State", "MM", "admin1", 20.78919, 97.03776, True),  # adm1:MM.11
    "NAYPYIDAW": ("Naypyidaw", "MM", "city", 19.745, 96.12972, True),  # 6611854
    "MOGOK": ("Mogok", "MM", "city", 22.91766, 96.50982, True),  # 1308937
    "MANDALAY_REG": ("Mandalay Region", "MM", "admin1", 21.97473, 96.08359, True),  # adm1:MM.08
}

ABOUT = ("Held-out set 5, written blind (passages composed for this set, annotated without running the extractor): "
         "ten ACLED-style notes on the 2020 Armenia-Azerbaijan war, eight wire, ministry, live-blog, TASS-style and "
         "analysis passages on Russia's and Turkey's roles, and twelve passages on other wars (Ukraine, Syria, Sudan, "
         "Gaza and Lebanon, the Sahel, DR Congo, Yemen, Myanmar). Same format as seeds.gold.json: offsets are UTF-8 byte "
         "offsets, end exclusive; role location|actor|name ('a|b' accepts either); geo_precision 1 the place, 2 near it or "
         "its district, 3 a region, 4 a country; required=false events (recalled, background, expected or overlapping) "
         "count neither as a hit nor as a miss; must_not: a feature of that type (* any) within 25 km of that place is wrong. "
         "Undated events take the publication month.")

if __name__ == "__main__":
    sys.exit(1 if build("heldout5", P, PLACES, ABOUT, words=(50, 400), sort_toponyms=True) else 0)
