#!/usr/bin/env python3
"""Regenerates testdata/heldout3/texts/*.txt and heldout3.gold.json (offsets computed, never by hand).
Run from the repo root: python3 testdata/heldout3/build_gold.py"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldbuild import build  # noqa: E402
P = []
def add(slug, pub, text, tops, events, mn=()):
    P.append(dict(slug=slug, pub=pub, text=text, tops=tops, events=events, mn=list(mn)))
# tops: (text, place, role) in text order. events: (id, type, place, prec, date, dprec, actors, counts dict, quote, required[, also[, alt_places]])
# mn (must_not): (type or "*", place, why)
AA = ["Azerbaijan", "Armenia"]
AN = ["Azerbaijan", "Nagorno-Karabakh Armenians"]

# ---------------- ACLED-style notes, Armenia-Azerbaijan 2020-2022 (12) ----------------
add("d01-acled-martuni-shelling", "2020-10-20",
"""On 14 October 2020, Azerbaijani military forces shelled the town of Martuni (Martuni, Nagorno-Karabakh) with artillery and multiple rocket launchers. According to the Nagorno-Karabakh ombudsman, a woman and her grandson were killed and several houses and the district hospital were damaged. The Azerbaijani Ministry of Defence stated that it had targeted only military objects and accused Armenian forces of using civilian buildings as firing positions. Fatalities: 2.""",
[("Martuni","MARTUNI_NK","location"),("Martuni","KHOJAVEND","location"),("Nagorno-Karabakh","NK","location"),("Nagorno-Karabakh","NK","name")],
[("clash-martuni","clash","MARTUNI_NK",1,"2020-10-14","day",["Azerbaijan"],{"fatalities":2},"On 14 October 2020, Azerbaijani military forces shelled the town of Martuni (Martuni, Nagorno-Karabakh) with artillery and multiple rocket launchers",True,[],["KHOJAVEND"])],
[("*","MARTUNI_AM","twin: the town of Martuni in Gegharkunik, Armenia, is not meant")])

add("d02-acled-karmir-shuka-drone", "2020-10-06",
"""On 3 October 2020, an Azerbaijani drone struck an Armenian air defence system and a military truck near Karmir Shuka village (Martuni, Nagorno-Karabakh), according to footage released by the Azerbaijani Ministry of Defence. The Nagorno-Karabakh Defence Army confirmed the loss of equipment but denied any losses in personnel; several soldiers were reportedly wounded. The strike took place on the seventh day of the war that began on 27 September. Fatalities: 0.""",
[("Karmir Shuka","KARMIR_SHUKA","location"),("Martuni","KHOJAVEND","location"),("Nagorno-Karabakh","NK","location"),("Nagorno-Karabakh","NK","name")],
[("clash-karmir-shuka","clash","KHOJAVEND",2,"2020-10-03","day",AA,{},"On 3 October 2020, an Azerbaijani drone struck an Armenian air defence system and a military truck near Karmir Shuka village (Martuni, Nagorno-Karabakh)",True,[],["KARMIR_SHUKA","MARTUNI_NK"])],
[("*","MARTUNI_AM","twin: Martuni here is the Nagorno-Karabakh district")])

add("d03-acled-tovuz-agdam", "2020-07-14",
"""On 12 July 2020, Armenian forces clashed with Azerbaijani military forces near the village of Agdam in the Tovuz district (Tovuz, Azerbaijan), on the international border. The Azerbaijani side said Armenian units had attempted to seize one of its positions in an attack supported by artillery fired from the direction of Movses (Tavush, Armenia). Both sides used artillery and mortars. Three Azerbaijani soldiers died and four were wounded; Armenia reported no losses. Fatalities: 3.""",
[("Agdam","AGDAM_TOVUZ","location"),("Tovuz","TOVUZ","location"),("Tovuz","TOVUZ","location"),("Azerbaijan","AZ","location"),("Movses","MOVSES","location"),("Tavush","TAVUSH","location"),("Armenia","AM","location"),("Armenia","AM","actor")],
[("clash-agdam-tovuz","clash","TOVUZ",2,"2020-07-12","day",["Armenia","Azerbaijan"],{"fatalities":3,"injured":4},"On 12 July 2020, Armenian forces clashed with Azerbaijani military forces near the village of Agdam in the Tovuz district (Tovuz, Azerbaijan)",True,["Three Azerbaijani soldiers died and four were wounded"],["AGDAM_TOVUZ","MOVSES"])],
[("*","AGHDAM","twin: the village of Agdam in Tovuz district, not Aghdam town in Karabakh 100 km away")])

add("d04-acled-ganja-missile", "2020-10-13",
"""On 11 October 2020, at around 2:00 at night, Armenian military forces fired a ballistic missile at a residential area of Ganja (Ganja, Azerbaijan), destroying an apartment block. Ten civilians were killed, among them children, and 34 others were injured, according to the Azerbaijani Prosecutor General's Office. Armenia denied having fired at the city, while the Nagorno-Karabakh authorities stated that they had targeted military objects in Ganja. Fatalities: 10.""",
[("Ganja","GANJA","location"),("Ganja","GANJA","location"),("Azerbaijan","AZ","location"),("Armenia","AM","actor"),("Nagorno-Karabakh","NK","actor|name"),("Ganja","GANJA","location")],
[("clash-ganja","clash","GANJA",1,"2020-10-11","day",["Armenia","Azerbaijan"],{"fatalities":10,"injured":34},"On 11 October 2020, at around 2:00 at night, Armenian military forces fired a ballistic missile at a residential area of Ganja (Ganja, Azerbaijan)",True,["Ten civilians were killed, among them children, and 34 others were injured"])],
[("*","AM","'Armenia denied': the government")])

add("d05-acled-susuzlug-mine", "2021-06-05",
"""On 4 June 2021, a vehicle carrying a film crew of the state broadcaster AzTV hit an anti-tank mine near Susuzlug village (Kalbajar, Azerbaijan). Cameraman Siraj Abishov, reporter Maharram Ibrahimov and Arif Aliyev, a deputy representative of the district's executive authority, died at the scene; four others were injured. The area had been under the control of Armenian forces from 1993 until it was handed over to Azerbaijan in November 2020 under the trilateral ceasefire statement. Fatalities: 3.""",
[("Susuzlug","SUSUZLUG","location"),("Kalbajar","KALBAJAR","location"),("Azerbaijan","AZ","location"),("Azerbaijan","AZ","actor|location")],
[("inc-susuzlug","incident","KALBAJAR",2,"2021-06-04","day",[],{"fatalities":3,"injured":4},"On 4 June 2021, a vehicle carrying a film crew of the state broadcaster AzTV hit an anti-tank mine near Susuzlug village (Kalbajar, Azerbaijan)",True,["Cameraman Siraj Abishov, reporter Maharram Ibrahimov and Arif Aliyev, a deputy representative of the district's executive authority, died at the scene; four others were injured"],["SUSUZLUG"]),
 ("clash-kalbajar-1993","clash","KALBAJAR",3,"1993","year",["Armenia","Azerbaijan"],{},"The area had been under the control of Armenian forces from 1993",False)],
[])

add("d06-acled-yerevan-protest", "2020-11-12",
"""On 10 November 2020, hundreds of protesters stormed the government building and the National Assembly in Yerevan (Kentron, Yerevan) after Prime Minister Nikol Pashinyan announced he had signed the statement ending the fighting in Nagorno-Karabakh. Protesters broke windows, looted offices and beat the parliament speaker Ararat Mirzoyan, who was taken to hospital. Police did not intervene at first. Opposition parties demanded Pashinyan's resignation and the annulment of the statement. Fatalities: 0.""",
[("Yerevan","YEREVAN","location"),("Kentron","KENTRON","location"),("Yerevan","YEREVAN","location"),("Nagorno-Karabakh","NK","location")],
[("agr-nk-ceasefire","agreement","NK",3,"2020-11-10","day",["Armenia","Azerbaijan","Russia"],{},"Prime Minister Nikol Pashinyan announced he had signed the statement ending the fighting in Nagorno-Karabakh",False)],
[("clash","YEREVAN","a protest: 'stormed' is not an armed clash"),("clash","KENTRON","a protest"),("clash","NK","'the fighting' recalled inside the ceasefire sentence")])

add("d07-acled-goranboy-baku-source", "2020-10-30",
"""On 28 October 2020, Armenian military forces shelled villages of Goranboy district (Goranboy, Azerbaijan), including Tap Qaraqoyunlu, according to the Ministry of Defence in Baku. One civilian was reportedly wounded and several houses were damaged. Claims from Baku could not be independently verified, and the Armenian side did not comment. The fire reportedly came from positions near Talish in the north of Nagorno-Karabakh. Fatalities: 0.""",
[("Goranboy","GORANBOY","location"),("Goranboy","GORANBOY","location"),("Azerbaijan","AZ","location"),("Tap Qaraqoyunlu","TAP_QARAQOYUNLU","location"),("Baku","BAKU","location"),("Baku","BAKU","location|actor"),("Talish","TALISH","location"),("Nagorno-Karabakh","NK","location")],
[("clash-goranboy","clash","GORANBOY",2,"2020-10-28","day",["Armenia","Azerbaijan"],{"injured":1},"On 28 October 2020, Armenian military forces shelled villages of Goranboy district (Goranboy, Azerbaijan), including Tap Qaraqoyunlu",True,["One civilian was reportedly wounded and several houses were damaged"],["TAP_QARAQOYUNLU"])],
[("*","BAKU","only the reporting source"),("clash","TALISH","where the fire came from, not where it fell")])

add("d08-acled-jermuk-goris", "2022-09-14",
"""On 13 September 2022, Azerbaijani military forces attacked Armenian military positions along the international border with artillery, mortars and drones, hitting the outskirts of Jermuk (Jermuk, Vayots Dzor) and Goris (Goris, Syunik). In Jermuk, a drone strike set fire to a building near a sanatorium; in Goris, shells fell near a residential area. The Armenian Ministry of Defence said 49 servicemen had been killed overnight along the whole border; the fatalities at each location are not known. Fatalities: unknown.""",
[("Jermuk","JERMUK","location"),("Jermuk","JERMUK_MUN","location"),("Vayots Dzor","VAYOTS_DZOR","location"),("Goris","GORIS","location"),("Goris","GORIS_MUN","location"),("Syunik","SYUNIK","location"),("Jermuk","JERMUK","location"),("Goris","GORIS","location")],
[("clash-jermuk","clash","JERMUK",2,"2022-09-13","day",AA,{},"On 13 September 2022, Azerbaijani military forces attacked Armenian military positions along the international border with artillery, mortars and drones, hitting the outskirts of Jermuk (Jermuk, Vayots Dzor)",True,["In Jermuk, a drone strike set fire to a building near a sanatorium"],["JERMUK_MUN"]),
 ("clash-goris","clash","GORIS",2,"2022-09-13","day",AA,{},"On 13 September 2022, Azerbaijani military forces attacked Armenian military positions along the international border with artillery, mortars and drones, hitting the outskirts of Jermuk (Jermuk, Vayots Dzor) and Goris (Goris, Syunik)",True,["in Goris, shells fell near a residential area"],["GORIS_MUN"])],
[])

add("d09-acled-verin-shorzha", "2022-01-12",
"""On 11 January 2022, Armenian forces clashed with Azerbaijani military forces near Verin Shorzha (Vardenis, Gegharkunik), on the border with Kalbajar district. The Armenian Ministry of Defence said three of its soldiers were killed and two wounded after Azerbaijani units opened fire; Azerbaijan said one of its soldiers died and blamed an Armenian provocation. Each side accused the other of starting the exchange of fire, which lasted about an hour. Fatalities: 4.""",
[("Verin Shorzha","VERIN_SHORZHA","location"),("Vardenis","VARDENIS_MUN","location"),("Gegharkunik","GEGHARKUNIK","location"),("Kalbajar","KALBAJAR","location"),("Azerbaijan","AZ","actor")],
[("clash-verin-shorzha","clash","VARDENIS_MUN",2,"2022-01-11","day",["Armenia","Azerbaijan"],{"fatalities":4,"injured":2},"On 11 January 2022, Armenian forces clashed with Azerbaijani military forces near Verin Shorzha (Vardenis, Gegharkunik)",True,["The Armenian Ministry of Defence said three of its soldiers were killed and two wounded after Azerbaijani units opened fire"],["VERIN_SHORZHA","KALBAJAR","GEGHARKUNIK"])],
[("*","AZ","'Azerbaijan said': the government")])

add("d10-acled-gyrkhgyz-drone", "2022-08-04",
"""On 3 August 2022, Azerbaijani military forces launched drone strikes on positions of the Nagorno-Karabakh Defence Army and took control of the Gyrkhgyz heights near the Lachin corridor (Lachin, Azerbaijan). The Nagorno-Karabakh forces reported two soldiers killed and 14 wounded. The Azerbaijani Ministry of Defence said one conscript was killed by fire from "illegal Armenian armed groups" in Lachin district the same day and named the operation "Revenge". Russian peacekeepers said they were taking steps to stabilise the situation. Fatalities: 3.""",
[("Nagorno-Karabakh","NK","name"),("Gyrkhgyz","GYRKHGYZ","location"),("Lachin corridor","LACHIN_CORRIDOR","location"),("Lachin","LACHIN_DIST","location"),("Azerbaijan","AZ","location"),("Nagorno-Karabakh","NK","actor|name"),("Lachin","LACHIN_DIST","location")],
[("clash-gyrkhgyz","clash","LACHIN_DIST",2,"2022-08-03","day",AN,{"fatalities":3,"injured":14},"On 3 August 2022, Azerbaijani military forces launched drone strikes on positions of the Nagorno-Karabakh Defence Army and took control of the Gyrkhgyz heights near the Lachin corridor (Lachin, Azerbaijan)",True,["The Nagorno-Karabakh forces reported two soldiers killed and 14 wounded","The Azerbaijani Ministry of Defence said one conscript was killed by fire from \"illegal Armenian armed groups\" in Lachin district the same day"],["GYRKHGYZ","LACHIN_CORRIDOR"])],
[])

add("d11-acled-shusha-retaken", "2020-11-10",
"""On 8 November 2020, Azerbaijani military forces regained control of the town of Shusha (Shusha, Nagorno-Karabakh) after several days of fighting with Armenian forces in the surrounding forests and along the road from Lachin. The town had been held by Armenian forces since May 1992. President Ilham Aliyev announced the capture in a televised address from Baku; the Armenian side confirmed the loss of the town on 9 November. Reports referred to dozens of dead on both sides. Fatalities: 12.""",
[("Shusha","SHUSHA","location"),("Shusha","SHUSHA_DIST","location"),("Nagorno-Karabakh","NK","location"),("Lachin","LACHIN","location"),("Baku","BAKU","location")],
[("clash-shusha","clash","SHUSHA",1,"2020-11-08","day",["Azerbaijan","Armenia"],{"fatalities":12},"On 8 November 2020, Azerbaijani military forces regained control of the town of Shusha (Shusha, Nagorno-Karabakh) after several days of fighting with Armenian forces in the surrounding forests",True,[],["SHUSHA_DIST"]),
 ("clash-shusha-1992","clash","SHUSHA",1,"1992-05","month",["Armenia","Azerbaijan"],{},"The town had been held by Armenian forces since May 1992",False)],
[("*","BAKU","where the president spoke, not an event")])

add("d12-acled-sev-lich", "2021-11-17",
"""On 16 November 2021, Azerbaijani military forces attacked Armenian military positions near Sev Lich lake (Sisian, Syunik) and clashed with Armenian forces for several hours. The Armenian Ministry of Defence said six servicemen were killed, one was missing and 13 were captured, and that two positions near Ishkhanasar had been lost. Azerbaijan said seven of its soldiers were killed and ten wounded. A ceasefire brokered by Moscow took effect in the evening. Fatalities: 13.""",
[("Sev Lich","SEV_LICH","location"),("Sisian","SISIAN_MUN","location"),("Syunik","SYUNIK","location"),("Ishkhanasar","ISHKHANASAR","location"),("Azerbaijan","AZ","actor"),("Moscow","MOSCOW","actor")],
[("clash-sev-lich","clash","SEV_LICH",2,"2021-11-16","day",["Azerbaijan","Armenia"],{"fatalities":13,"injured":10},"On 16 November 2021, Azerbaijani military forces attacked Armenian military positions near Sev Lich lake (Sisian, Syunik) and clashed with Armenian forces for several hours",True,["The Armenian Ministry of Defence said six servicemen were killed, one was missing and 13 were captured","Azerbaijan said seven of its soldiers were killed and ten wounded"],["SISIAN_MUN","ISHKHANASAR","SYUNIK"]),
 ("agr-ceasefire-nov2021","agreement","SYUNIK",3,"2021-11-16","day",["Armenia","Azerbaijan","Russia"],{},"A ceasefire brokered by Moscow took effect in the evening",False,[],["SEV_LICH"])],
[("*","MOSCOW","'brokered by Moscow': the government")])

# ---------------- Armenia-Azerbaijan / Turkey / Russia, other styles (10) ----------------
add("e01-stepanakert-reuters", "2020-10-04",
"""STEPANAKERT, Nagorno-Karabakh (Reuters) - Explosions shook Stepanakert, the main city of Nagorno-Karabakh, overnight and into Sunday morning as Azerbaijani forces shelled the enclave, local officials said, and residents spent the night in basements.

A Reuters witness saw smoke rising over the city centre and at least two damaged apartment buildings. Karabakh officials said one civilian was killed and several were wounded.

Azerbaijan said Armenian forces had fired rockets at Ganja, its second-largest city, and at the town of Beylagan, and that it would retaliate. Armenia denied that any rockets had been fired from its territory.

Baku and Yerevan fought a war over the region in the early 1990s that killed about 30,000 people.""",
[("STEPANAKERT","STEPANAKERT","location"),("Nagorno-Karabakh","NK","location"),("Stepanakert","STEPANAKERT","location"),("Nagorno-Karabakh","NK","location"),("Karabakh","NK","name|actor"),
 ("Azerbaijan","AZ","actor"),("Ganja","GANJA","location"),("Beylagan","BEYLAGAN","location"),("Armenia","AM","actor"),("Baku","BAKU","actor"),("Yerevan","YEREVAN","actor")],
[("clash-stepanakert","clash","STEPANAKERT",1,"2020-10-04","day",["Azerbaijan"],{"fatalities":1},"Explosions shook Stepanakert, the main city of Nagorno-Karabakh, overnight and into Sunday morning as Azerbaijani forces shelled the enclave",True,["Karabakh officials said one civilian was killed and several were wounded"]),
 ("clash-ganja-claim","clash","GANJA",1,"2020-10-04","day",["Armenia","Azerbaijan"],{},"Azerbaijan said Armenian forces had fired rockets at Ganja, its second-largest city",False),
 ("clash-beylagan-claim","clash","BEYLAGAN",1,"2020-10-04","day",["Armenia","Azerbaijan"],{},"and at the town of Beylagan",False),
 ("clash-nk-1990s","clash","NK",3,"1992","year",["Armenia","Azerbaijan"],{},"Baku and Yerevan fought a war over the region in the early 1990s",False)],
[("*","BAKU","government"),("*","YEREVAN","government"),("clash","AM","denial: no rockets fired from its territory")])

add("e02-moscow-trilateral-afp", "2021-01-12",
"""MOSCOW (AFP) - The leaders of Russia, Armenia and Azerbaijan met in the Kremlin on Monday for their first talks since a Moscow-brokered truce ended six weeks of fighting over Nagorno-Karabakh last November.

After four hours of talks, Vladimir Putin, Ilham Aliyev and Nikol Pashinyan signed a statement in Moscow on restoring transport links in the region, including a railway that would connect Azerbaijan with its exclave of Nakhchivan through Armenia's Meghri region.

Putin said nearly 2,000 Russian peacekeepers deployed to the region in November had stabilised the situation. Aliyev said the conflict "is in the past", while Pashinyan said the fate of Armenian prisoners still held in Baku was unresolved.

Ankara, which backed Baku during the war, was not represented.""",
[("MOSCOW","MOSCOW","location"),("Russia","RU","actor"),("Armenia","AM","actor"),("Azerbaijan","AZ","actor"),("Kremlin","KREMLIN","location"),("Moscow","MOSCOW","actor"),("Nagorno-Karabakh","NK","location"),
 ("Moscow","MOSCOW","location"),("Azerbaijan","AZ","location"),("Nakhchivan","NAKHCHIVAN_AR","location"),("Armenia","AM","location"),("Meghri","MEGHRI","location"),("Baku","BAKU","location"),("Ankara","ANKARA","actor"),("Baku","BAKU","actor")],
[("meet-kremlin","meeting","MOSCOW",1,"2021-01-11","day",["Russia","Armenia","Azerbaijan"],{},"The leaders of Russia, Armenia and Azerbaijan met in the Kremlin on Monday",True,["After four hours of talks"],["KREMLIN"]),
 ("agr-moscow-transport","agreement","MOSCOW",1,"2021-01-11","day",["Russia","Armenia","Azerbaijan"],{},"Vladimir Putin, Ilham Aliyev and Nikol Pashinyan signed a statement in Moscow on restoring transport links in the region",True,[],["KREMLIN"]),
 ("dep-nk-peacekeepers","deployment","NK",3,"2020-11","month",["Russia"],{"troops":2000},"Putin said nearly 2,000 Russian peacekeepers deployed to the region in November had stabilised the situation",False)],
[("clash","NK","'six weeks of fighting' recalled inside the truce sentence"),("*","MEGHRI","a planned railway route"),("*","NAKHCHIVAN_AR","a planned railway route"),("*","ANKARA","government"),("*","BAKU","where prisoners are held, and the government")])

add("e03-peacekeepers-tass", "2020-11-14",
"""MOSCOW, November 14. /TASS/. Russian peacekeepers have completed their deployment to Nagorno-Karabakh and set up 27 observation posts along the contact line and in the Lachin corridor, Russian Defence Ministry spokesman Igor Konashenkov told reporters on Saturday.

According to him, the contingent of 1,960 servicemen with 90 armoured vehicles was airlifted from Ulyanovsk aboard Il-76 transport aircraft, which landed at Yerevan's Zvartnots airport, and then moved by road via Goris. The headquarters of the contingent is located in Stepanakert, Konashenkov said.

"The ceasefire is observed along the entire line of contact. Refugees started returning to their homes in Stepanakert," he added. Konashenkov also said that in the past day sappers of the International Mine Action Centre had cleared 12 hectares of land near Shusha.""",
[("MOSCOW","MOSCOW","location"),("Nagorno-Karabakh","NK","location"),("Lachin corridor","LACHIN_CORRIDOR","location"),("Ulyanovsk","ULYANOVSK","location"),("Yerevan","YEREVAN","location"),("Zvartnots","ZVARTNOTS","location"),
 ("Goris","GORIS","location"),("Stepanakert","STEPANAKERT","location"),("Stepanakert","STEPANAKERT","location"),("Shusha","SHUSHA","location")],
[("dep-nk-peacekeepers","deployment","NK",3,"2020-11-14","day",["Russia"],{"troops":1960},"Russian peacekeepers have completed their deployment to Nagorno-Karabakh and set up 27 observation posts along the contact line and in the Lachin corridor",True,["the contingent of 1,960 servicemen with 90 armoured vehicles was airlifted from Ulyanovsk"],["LACHIN_CORRIDOR","STEPANAKERT"]),
 ("dep-stepanakert-hq","deployment","STEPANAKERT",1,"2020-11-14","day",["Russia"],{},"The headquarters of the contingent is located in Stepanakert",False),
 ("dep-shusha-demining","deployment","SHUSHA",2,"2020-11-13","day",["Russia"],{},"sappers of the International Mine Action Centre had cleared 12 hectares of land near Shusha",False)],
[("*","MOSCOW","dateline"),("deployment","ULYANOVSK","where the troops came from"),("deployment","ZVARTNOTS","transit airport"),("deployment","YEREVAN","transit"),("deployment","GORIS","transit by road")])

add("e04-sev-lich-armenpress", "2021-05-13",
"""YEREVAN, MAY 13, ARMENPRESS. Units of the Azerbaijani armed forces on the morning of May 12 crossed the state border of Armenia in the direction of Sev Lich lake in Syunik province and advanced about 3.5 km into the Armenian teritory, acting Prime Minister Nikol Pashinyan said at the cabinet session, adding that the Armenian side took "apropriate measures" and the Azerbaijani units stoped their advancement.

According to the acting PM, the situation is "tense but not explosive". No shots were fired, the Defence Ministry said. The Azerbaijani side claims that its units are located on its own territory and are carrying out work to clarify the border with the Lachin and Kalbajar districts.

Pashinyan has also held telephone conversations with the President of Russia and the French President. Official Yerevan is studing the option of applying to the CSTO, the acting PM said.""",
[("YEREVAN","YEREVAN","location"),("Armenia","AM","location"),("Sev Lich","SEV_LICH","location"),("Syunik","SYUNIK","location"),("Lachin","LACHIN_DIST","location"),("Kalbajar","KALBAJAR","location"),
 ("Russia","RU","name"),("Yerevan","YEREVAN","actor")],
[("dep-sev-lich","deployment","SEV_LICH",2,"2021-05-12","day",["Azerbaijan"],{},"Units of the Azerbaijani armed forces on the morning of May 12 crossed the state border of Armenia in the direction of Sev Lich lake in Syunik province and advanced about 3.5 km into the Armenian teritory",False,[],["SYUNIK"])],
[("clash","SEV_LICH","'No shots were fired'"),("*","RU","'President of Russia': a title"),("clash","YEREVAN","dateline and government")])

add("e05-tartar-mod-statement", "2020-10-18",
"""Information of the Ministry of Defense of the Republic of Azerbaijan

During the night of 17 to 18 October, the armed forces of Armenia, grossly violating the humanitarian ceasefire, subjected to artillery fire the city of Tartar and the villages of the Aghdam and Aghjabadi districts. As a result, two civilians were wounded and several houses damaged.

On the morning of 18 October, the enemy tried to attack our positions in the Jabrayil direction. The attack was prevented by decisive actions of our units, and the enemy retreated, suffering losses.

The information spread by the Armenian side about the "destruction" of an Azerbaijani aircraft over Khojavend is false. The Azerbaijan Army fully controls the operational situation on the front.""",
[("Azerbaijan","AZ","name"),("Armenia","AM","actor|name"),("Tartar","TARTAR","location"),("Aghdam","AGHDAM_DIST","location"),("Aghjabadi","AGHJABADI","location"),("Jabrayil","JABRAYIL","location"),("Khojavend","KHOJAVEND","location"),("Azerbaijan","AZ","name|actor")],
[("clash-tartar","clash","TARTAR",1,"2020-10-17","day",["Armenia","Azerbaijan"],{"injured":2},"subjected to artillery fire the city of Tartar",True,["As a result, two civilians were wounded and several houses damaged"]),
 ("clash-aghdam-villages","clash","AGHDAM_DIST",2,"2020-10-17","day",["Armenia","Azerbaijan"],{},"the villages of the Aghdam and Aghjabadi districts",False),
 ("clash-aghjabadi-villages","clash","AGHJABADI",2,"2020-10-17","day",["Armenia","Azerbaijan"],{},"the villages of the Aghdam and Aghjabadi districts",False),
 ("clash-jabrayil","clash","JABRAYIL",2,"2020-10-18","day",["Armenia","Azerbaijan"],{},"On the morning of 18 October, the enemy tried to attack our positions in the Jabrayil direction",True,["The attack was prevented by decisive actions of our units"])],
[("clash","KHOJAVEND","denial: the aircraft claim is called false")])

add("e06-kars-winter-anadolu", "2021-02-01",
"""KARS, Turkey (AA) - Turkish and Azerbaijani troops on Monday kicked off a joint winter exercise in the eastern province of Kars, the Turkish National Defense Ministry said.

The "Winter-2021" drills, held in the Sarıkamış district at temperatures as low as minus 25 degrees Celsius, will continue until Feb. 13, the ministry said in a statement. Around 300 Azerbaijani servicemen are taking part alongside Turkish commando and mountain units.

Defense Minister Hulusi Akar and Chief of General Staff Yasar Guler are expected to watch the active phase of the exercise on Friday.

Türkiye gave strong support to Azerbaijan during the 44-day war last autumn, and the two countries will hold further joint drills in Nakhchivan in the spring, the ministry added.""",
[("KARS","KARS_PROV","location"),("Turkey","TR","location"),("Kars","KARS_PROV","location"),("Sarıkamış","SARIKAMIS","location"),("Türkiye","TR","actor"),("Azerbaijan","AZ","actor"),("Nakhchivan","NAKHCHIVAN_AR","location")],
[("ex-sarikamis","exercise","SARIKAMIS",2,"2021-02-01","day",["Turkey","Azerbaijan"],{"troops":300},"Turkish and Azerbaijani troops on Monday kicked off a joint winter exercise in the eastern province of Kars",True,["The \"Winter-2021\" drills, held in the Sarıkamış district"],["KARS_PROV"]),
 ("meet-sarikamis-visit","meeting","SARIKAMIS",2,"2021-02-05","day",["Turkey"],{},"Defense Minister Hulusi Akar and Chief of General Staff Yasar Guler are expected to watch the active phase of the exercise on Friday",False,[],["KARS_PROV"]),
 ("ex-nakhchivan-spring","exercise","NAKHCHIVAN_AR",3,"2021","year",["Turkey","Azerbaijan"],{},"the two countries will hold further joint drills in Nakhchivan in the spring",False)],
[("*","TR","'Türkiye gave strong support': the government")])

add("e07-barda-liveblog", "2020-10-28",
"""Nagorno-Karabakh conflict: live updates

09:40 Baku time - Azerbaijan's Prosecutor General's Office says a missile strike on the centre of Barda has killed at least 19 civilians and wounded more than 60. It blames Armenian forces firing from the Karabakh side.

10:15 - The Armenian defence ministry denies firing at Barda, calling the claim "baseless". Karabakh's authorities say Azerbaijani forces shelled Stepanakert and Shusha overnight.

11:30 - An AFP photographer in Barda saw cars burning on a main street and rescue workers carrying bodies.

12:05 - Moscow calls on both sides to respect the humanitarian truce that took effect on Monday, the third ceasefire since fighting erupted on September 27.

13:20 - The Azerbaijani foreign ministry says the death toll in Barda has risen to 21. Yesterday, cluster munitions hit villages in Barda district, killing five people, it said.""",
[("Nagorno-Karabakh","NK","name"),("Baku","BAKU","name"),("Azerbaijan","AZ","name"),("Barda","BARDA","location"),("Karabakh","NK","location|actor"),("Barda","BARDA","location"),("Karabakh","NK","actor|name"),
 ("Stepanakert","STEPANAKERT","location"),("Shusha","SHUSHA","location"),("Barda","BARDA","location"),("Moscow","MOSCOW","actor"),("Barda","BARDA","location"),("Barda","BARDA_DIST","location")],
[("clash-barda","clash","BARDA",1,"2020-10-28","day",["Armenia","Azerbaijan"],{"fatalities":21,"injured":60},"a missile strike on the centre of Barda has killed at least 19 civilians and wounded more than 60",True,["the death toll in Barda has risen to 21","An AFP photographer in Barda saw cars burning on a main street"]),
 ("clash-stepanakert","clash","STEPANAKERT",1,"2020-10-28","day",AN,{},"Karabakh's authorities say Azerbaijani forces shelled Stepanakert and Shusha overnight",True),
 ("clash-shusha","clash","SHUSHA",1,"2020-10-28","day",AN,{},"Karabakh's authorities say Azerbaijani forces shelled Stepanakert and Shusha overnight",True),
 ("clash-barda-villages","clash","BARDA_DIST",2,"2020-10-27","day",["Armenia","Azerbaijan"],{"fatalities":5},"Yesterday, cluster munitions hit villages in Barda district, killing five people",True,[],["BARDA"])],
[("*","MOSCOW","government"),("*","BAKU","'Baku time': a time zone")])

add("e08-aghdam-centre-thinktank", "2021-02-15",
"""The opening of the joint Russian-Turkish monitoring centre near the village of Giyasli in Aghdam district on 30 January gave Ankara something it had sought since the early 1990s: a uniformed presence in the South Caucasus beyond its own borders. Around 60 officers from each side staff the centre, which watches the ceasefire with drones rather than patrols.

For Moscow, the arrangement is a concession wrapped in a safeguard. Russia already keeps some 3,000 troops at its 102nd base in Gyumri, and since November its peacekeepers have controlled the Lachin corridor. History counsels caution: Aghdam itself was taken by Armenian forces in July 1993 and left in ruins, and the 1994 Bishkek protocol that froze the first war was never turned into a settlement. Whether the centre becomes a bridgehead for Turkish influence or remains a symbolic outpost will depend on how Baku balances its two patrons.""",
[("Giyasli","GIYASLI","location"),("Aghdam","AGHDAM_DIST","location"),("Ankara","ANKARA","actor"),("South Caucasus","SOUTH_CAUCASUS","location"),("Moscow","MOSCOW","actor"),("Russia","RU","actor"),
 ("Gyumri","GYUMRI","location"),("Lachin corridor","LACHIN_CORRIDOR","location"),("Aghdam","AGHDAM","location"),("Bishkek","BISHKEK","name|location"),("Baku","BAKU","actor")],
[("dep-giyasli-centre","deployment","AGHDAM_DIST",2,"2021-01-30","day",["Russia","Turkey"],{},"The opening of the joint Russian-Turkish monitoring centre near the village of Giyasli in Aghdam district on 30 January",True,["Around 60 officers from each side staff the centre"],["GIYASLI","AGHDAM"]),
 ("dep-gyumri-base","deployment","GYUMRI",1,"","unknown",["Russia"],{"troops":3000},"Russia already keeps some 3,000 troops at its 102nd base in Gyumri",False),
 ("dep-lachin-corridor","deployment","LACHIN_CORRIDOR",2,"2020-11","month",["Russia"],{},"since November its peacekeepers have controlled the Lachin corridor",False),
 ("clash-aghdam-1993","clash","AGHDAM",1,"1993-07","month",["Armenia","Azerbaijan"],{},"Aghdam itself was taken by Armenian forces in July 1993",False),
 ("agr-bishkek-1994","agreement","BISHKEK",1,"1994","year",["Armenia","Azerbaijan","Russia"],{},"the 1994 Bishkek protocol that froze the first war",False)],
[("*","ANKARA","government"),("*","MOSCOW","government"),("*","BAKU","government"),("deployment","SOUTH_CAUCASUS","figure of speech about Ankara's aims")])

add("e09-farukh-peacekeepers-bulletin", "2022-03-26",
"""Information bulletin of the Russian Defence Ministry on the activities of the Russian peacekeeping contingent in the zone of the Nagorno-Karabakh conflict (26 March 2022)

On 24-25 March, in violation of the provisions of the trilateral statement of 9 November 2020, units of the armed forces of Azerbaijan entered the zone of responsibility of the Russian peacekeeping contingent and set up an observation post in the area of the settlement of Farukh. Bayraktar TB2 unmanned aerial vehicles carried out four strikes on units of the Karabakh armed formation in the Farukh area.

The command of the peacekeeping contingent has appealed to the Azerbaijani side to withdraw its troops. Measures are being taken to resolve the situation.

Russian peacekeepers continue round-the-clock monitoring at 27 observation posts in the Martakert, Martuni, Askeran and Shushi regions. Over the past day, one ceasefire violation was recorded in the Martuni region, with no casualties. A humanitarian convoy was escorted along the Goris–Stepanakert route.""",
[("Nagorno-Karabakh","NK","name"),("Azerbaijan","AZ","actor|name"),("Farukh","FARUKH","location"),("Karabakh","NK","name|actor"),("Farukh","FARUKH","location"),
 ("Martakert","MARTAKERT","location"),("Martuni","KHOJAVEND","location"),("Askeran","ASKERAN","location"),("Shushi","SHUSHA_DIST","location"),("Martuni","KHOJAVEND","location"),("Goris","GORIS","location"),("Stepanakert","STEPANAKERT","location")],
[("dep-farukh-post","deployment","FARUKH",2,"2022-03-24","day",["Azerbaijan"],{},"units of the armed forces of Azerbaijan entered the zone of responsibility of the Russian peacekeeping contingent and set up an observation post in the area of the settlement of Farukh",True,[],["ASKERAN"]),
 ("clash-farukh-drones","clash","FARUKH",2,"2022-03-24","day",AN,{},"Bayraktar TB2 unmanned aerial vehicles carried out four strikes on units of the Karabakh armed formation in the Farukh area",True,[],["ASKERAN"]),
 ("clash-martuni-violation","clash","KHOJAVEND",3,"2022-03-25","day",[],{},"one ceasefire violation was recorded in the Martuni region, with no casualties",False),
 ("dep-peacekeepers-posts","deployment","NK",3,"2022-03-26","day",["Russia"],{},"Russian peacekeepers continue round-the-clock monitoring at 27 observation posts in the Martakert, Martuni, Askeran and Shushi regions",False,[],["MARTAKERT","KHOJAVEND","ASKERAN","SHUSHA_DIST"])],
[("*","GORIS","a convoy route's end"),("deployment","STEPANAKERT","a convoy route's end"),("clash","STEPANAKERT","a convoy route's end"),("*","MARTUNI_AM","twin: the Martuni region of Karabakh")])

add("e10-vardenis-su25-ap", "2020-09-30",
"""YEREVAN, Armenia (AP) — Armenia said Tuesday that a Turkish F-16 fighter jet had shot down an Armenian Su-25 warplane in Armenian airspace, killing its pilot, a claim that Turkey and Azerbaijan immediately denied.

Defense Ministry spokeswoman Shushan Stepanyan said the F-16 had taken off from Ganja airport in Azerbaijan and downed the plane near Vardenis, in Armenia's east. "That is absolutely untrue," Azerbaijani presidential aide Hikmet Hajiyev told reporters in Baku. Ankara also said its jets had not fired.

Fighting over Nagorno-Karabakh continued for a third day on Tuesday, with the region's ethnic Armenian authorities reporting 81 of their servicemen killed since Sunday. Azerbaijan said it had taken control of several more villages in Fuzuli district.""",
[("YEREVAN","YEREVAN","location"),("Armenia","AM","location"),("Armenia","AM","actor"),("Turkey","TR","actor"),("Azerbaijan","AZ","actor"),("Ganja airport","GANJA_AIRPORT","location"),("Azerbaijan","AZ","location"),
 ("Vardenis","VARDENIS","location"),("Armenia","AM","location"),("Baku","BAKU","location"),("Ankara","ANKARA","actor"),("Nagorno-Karabakh","NK","location"),("Azerbaijan","AZ","actor"),("Fuzuli","FUZULI_DIST","location")],
[("clash-vardenis-su25","clash","VARDENIS",2,"2020-09-29","day",["Turkey","Armenia"],{"fatalities":1},"Armenia said Tuesday that a Turkish F-16 fighter jet had shot down an Armenian Su-25 warplane in Armenian airspace, killing its pilot",True,["downed the plane near Vardenis, in Armenia's east"],["VARDENIS_MUN","GEGHARKUNIK"]),
 ("dep-ganja-f16","deployment","GANJA_AIRPORT",1,"","unknown",["Turkey"],{},"the F-16 had taken off from Ganja airport in Azerbaijan",False,[],["GANJA"]),
 ("clash-nk-sept2020","clash","NK",3,"2020-09-27","day",["Azerbaijan","Nagorno-Karabakh Armenians"],{"fatalities":81},"Fighting over Nagorno-Karabakh continued for a third day on Tuesday, with the region's ethnic Armenian authorities reporting 81 of their servicemen killed since Sunday",True),
 ("clash-fuzuli-villages","clash","FUZULI_DIST",2,"2020-09-29","day",["Azerbaijan","Armenia"],{},"Azerbaijan said it had taken control of several more villages in Fuzuli district",True)],
[("*","YEREVAN","dateline"),("*","BAKU","where the aide spoke"),("*","ANKARA","government, and a denial"),("*","TR","'Turkey ... denied': the government")])

# ---------------- other wars, styles not in heldout2 (8) ----------------
add("f01-amhara-crisiswatch", "2024-02-05",
"""Ethiopia: Deadly violence persisted in Amhara region as federal forces battled Fano militias, while drone strikes again killed civilians.

Fighting between federal troops and Fano militias continued in North Gondar, North Wollo and East Gojjam zones of Amhara. Notably, Fano fighters 14 Jan briefly entered Debre Markos town before withdrawing; residents reported at least a dozen dead. Drone strike 21 Jan hit a market in Merawi town south of Bahir Dar, killing at least 30 civilians, according to local officials; authorities denied targeting civilians. Meanwhile, Addis Ababa 2 Feb extended state of emergency in Amhara by four months.

In Tigray, implementation of the November 2022 Pretoria agreement that ended the Tigray war remained slow; thousands of displaced people protested in Mekelle 24 Jan, demanding to return home.""",
[("Ethiopia","ET","location"),("Amhara","AMHARA","location"),("North Gondar","NORTH_GONDAR","location"),("North Wollo","NORTH_WOLLO","location"),("East Gojjam","EAST_GOJJAM","location"),("Amhara","AMHARA","location"),
 ("Debre Markos","DEBRE_MARKOS","location"),("Merawi","MERAWI","location"),("Bahir Dar","BAHIR_DAR","location"),("Addis Ababa","ADDIS_ABABA","actor"),("Amhara","AMHARA","location"),
 ("Tigray","TIGRAY","location"),("Pretoria","PRETORIA","name|location"),("Tigray","TIGRAY","name"),("Mekelle","MEKELLE","location")],
[("clash-amhara-zones","clash","AMHARA",3,"2024-01","month",["Ethiopia","Fano"],{},"Fighting between federal troops and Fano militias continued in North Gondar, North Wollo and East Gojjam zones of Amhara",False,[],["NORTH_GONDAR","NORTH_WOLLO","EAST_GOJJAM"]),
 ("clash-debre-markos","clash","DEBRE_MARKOS",1,"2024-01-14","day",["Fano","Ethiopia"],{"fatalities":12},"Fano fighters 14 Jan briefly entered Debre Markos town before withdrawing; residents reported at least a dozen dead",True,[],["EAST_GOJJAM"]),
 ("clash-merawi-drone","clash","MERAWI",1,"2024-01-21","day",["Ethiopia"],{"fatalities":30},"Drone strike 21 Jan hit a market in Merawi town south of Bahir Dar, killing at least 30 civilians",True),
 ("agr-pretoria-2022","agreement","PRETORIA",1,"2022-11","month",["Ethiopia","TPLF"],{},"the November 2022 Pretoria agreement that ended the Tigray war",False)],
[("*","ADDIS_ABABA","the government"),("clash","MEKELLE","a protest"),("clash","BAHIR_DAR","a reference point for Merawi"),("clash","TIGRAY","'the Tigray war' recalled")])

add("f02-goma-m23", "2025-01-28",
"""GOMA, 28 January 2025 — Heavy detonations were heard again this Tuesday morning in several districts of Goma, where fighters of the AFC/M23 rebellion, supported according to UN experts by the Rwandan army, claim to control the city since Sunday evening. Bodies lie in the streets of the Birere and Katindo districts, witnesses said. The Congolese army (FARDC) still holds positions around the airport, which was hit by several shells overnight.

Thirteen foreign soldiers, among them nine South Africans of the SADC mission, were killed in fighting around Sake and on the outskirts of Goma last week, their governments said.

In Kinshasa, demonstrators attacked the embassies of Rwanda, France and the United States on Tuesday, accusing them of complicity. Kigali denies supporting the M23 and says it is protecting its border from the FDLR militia.""",
[("GOMA","GOMA","location"),("Goma","GOMA","location"),("Birere","BIRERE","location"),("Katindo","KATINDO","location"),("Sake","SAKE","location"),("Goma","GOMA","location"),
 ("Kinshasa","KINSHASA","location"),("Rwanda","RW","name|actor"),("France","FR","name|actor"),("United States","US","name|actor"),("Kigali","KIGALI","actor")],
[("clash-goma","clash","GOMA",1,"2025-01-28","day",["M23","DR Congo"],{},"Heavy detonations were heard again this Tuesday morning in several districts of Goma",True,["The Congolese army (FARDC) still holds positions around the airport, which was hit by several shells overnight","Bodies lie in the streets of the Birere and Katindo districts"],["BIRERE","KATINDO"]),
 ("clash-sake","clash","SAKE",2,"2025-01","month",["M23","DR Congo","SADC"],{"fatalities":13},"Thirteen foreign soldiers, among them nine South Africans of the SADC mission, were killed in fighting around Sake and on the outskirts of Goma last week",True,[],["GOMA"])],
[("clash","KINSHASA","a riot against embassies, not an armed clash"),("*","KIGALI","the government"),("*","RW","'embassies of Rwanda'"),("*","FR","'embassies of ... France'"),("*","US","'embassies of ... the United States'")])

add("f03-tripoli-444-radaa", "2023-08-16",
"""Tripoli – The death toll from the fighting that erupted on Monday night between the 444 Brigade and the Special Deterrence Force (Radaa) in the Libyan capital has risen to 55, with 146 wounded, the Emergency Medicine Centre said on Wednesday.

The clashes broke out after Radaa detained the 444 Brigade commander, Mahmoud Hamza, at Mitiga airport as he was about to travel to Misrata. All flights were diverted to Misrata.

The fighting centred on the Ain Zara, Souq al-Juma and Al-Furnaj districts, where families were trapped in their homes for hours. A ceasefire took hold on Tuesday after the Social Council of Souq al-Juma mediated a deal under which Hamza was handed over to a "neutral party".

The clashes were the deadliest in Tripoli since August 2022, when forces loyal to rival prime ministers fought in the city centre.""",
[("Tripoli","TRIPOLI_LY","location"),("Mitiga airport","MITIGA","location"),("Misrata","MISRATA","location"),("Misrata","MISRATA","location"),("Ain Zara","AIN_ZARA","location"),("Souq al-Juma","SOUQ_AL_JUMA","location"),
 ("Al-Furnaj","AL_FURNAJ","location"),("Souq al-Juma","SOUQ_AL_JUMA","name|location"),("Tripoli","TRIPOLI_LY","location")],
[("clash-tripoli-aug2023","clash","TRIPOLI_LY",1,"2023-08-14","day",["444 Brigade","Radaa"],{"fatalities":55,"injured":146},"The death toll from the fighting that erupted on Monday night between the 444 Brigade and the Special Deterrence Force (Radaa) in the Libyan capital has risen to 55, with 146 wounded",True,["The fighting centred on the Ain Zara, Souq al-Juma and Al-Furnaj districts"],["AIN_ZARA","SOUQ_AL_JUMA","AL_FURNAJ","MITIGA"]),
 ("agr-tripoli-ceasefire","agreement","TRIPOLI_LY",1,"2023-08-15","day",["444 Brigade","Radaa"],{},"A ceasefire took hold on Tuesday after the Social Council of Souq al-Juma mediated a deal",False,[],["SOUQ_AL_JUMA"]),
 ("clash-tripoli-2022","clash","TRIPOLI_LY",1,"2022-08","month",[],{},"since August 2022, when forces loyal to rival prime ministers fought in the city centre",False)],
[("*","TRIPOLI_LB","twin: Tripoli in Libya, not Lebanon"),("*","MISRATA","a travel destination; flights diverted")])

add("f04-abha-airport-spa", "2021-02-10",
"""RIYADH, Feb 10, 2021, SPA -- The Joint Forces Command of the Coalition to Restore Legitimacy in Yemen stated that an explosive-laden drone launched by the Iran-backed terrorist Houthi militia struck Abha International Airport this afternoon, setting a civilian aircraft on fire. The fire was brought under control, with no injuries reported, the statement said.

The Coalition added that its air defences had intercepted and destroyed two other drones launched towards Khamis Mushait, and that it is carrying out air strikes against legitimate military targets in Sanaa in response.

In Yemen, the militia continued its offensive on Marib governorate, attacking the positions of the national army in Sirwah district, west of Marib city, military sources said. Dozens of fighters were killed on both sides.""",
[("RIYADH","RIYADH","location"),("Yemen","YE","name"),("Iran","IR","actor"),("Abha International Airport","ABHA_AIRPORT","location"),("Khamis Mushait","KHAMIS_MUSHAIT","location"),("Sanaa","SANAA","location"),("Yemen","YE","location"),
 ("Marib","MARIB_GOV","location"),("Sirwah","SIRWAH","location"),("Marib","MARIB","location")],
[("clash-abha-airport","clash","ABHA_AIRPORT",1,"2021-02-10","day",["Houthis","Saudi Arabia"],{},"an explosive-laden drone launched by the Iran-backed terrorist Houthi militia struck Abha International Airport this afternoon",True,[],["ABHA"]),
 ("clash-khamis-intercept","clash","KHAMIS_MUSHAIT",2,"2021-02-10","day",["Houthis","Saudi Arabia"],{},"its air defences had intercepted and destroyed two other drones launched towards Khamis Mushait",False),
 ("clash-sanaa-strikes","clash","SANAA",1,"2021-02-10","day",["Saudi Arabia","Houthis"],{},"it is carrying out air strikes against legitimate military targets in Sanaa in response",True),
 ("clash-sirwah","clash","SIRWAH",2,"2021-02-10","day",["Houthis","Yemen"],{"fatalities":12},"the militia continued its offensive on Marib governorate, attacking the positions of the national army in Sirwah district, west of Marib city",True,["Dozens of fighters were killed on both sides"],["MARIB_GOV","MARIB"])],
[("*","RIYADH","dateline"),("*","YE","'Legitimacy in Yemen': a name"),("*","IR","'Iran-backed': the government")])

add("f05-idf-hezbollah", "2024-06-12",
"""IDF fighter jets struck Hezbollah terrorist infrastructure in the areas of Aitaroun and Markaba in southern Lebanon overnight, the IDF said in a statement this morning (Wednesday). Earlier, a number of launches were identified crossing from Lebanese territory toward the area of Metula; no injuries were reported. In addition, IDF troops fired artillery in order to remove a threat in the area of Kfarkela.

Hezbollah later claimed that its fighters had fired more than 150 rockets at military positions in the Upper Galilee in response to the killing of a senior commander in an Israeli strike in Jouaiya on Tuesday evening, in which four people were killed.

The IDF said it will continue to act against any threat, and that Northern Command will hold a large-scale exercise next week simulating a ground manoeuvre in Lebanon.""",
[("Aitaroun","AITAROUN","location"),("Markaba","MARKABA","location"),("Lebanon","LB","location"),("Metula","METULA","location"),("Kfarkela","KFARKELA","location"),("Upper Galilee","UPPER_GALILEE","location"),("Jouaiya","JOUAIYA","location"),("Lebanon","LB","location")],
[("clash-aitaroun","clash","AITAROUN",2,"2024-06-12","day",["Israel","Hezbollah"],{},"IDF fighter jets struck Hezbollah terrorist infrastructure in the areas of Aitaroun and Markaba in southern Lebanon overnight",True),
 ("clash-markaba","clash","MARKABA",2,"2024-06-12","day",["Israel","Hezbollah"],{},"IDF fighter jets struck Hezbollah terrorist infrastructure in the areas of Aitaroun and Markaba in southern Lebanon overnight",True),
 ("clash-metula","clash","METULA",2,"2024-06-12","day",["Hezbollah","Israel"],{},"a number of launches were identified crossing from Lebanese territory toward the area of Metula",False),
 ("clash-kfarkela","clash","KFARKELA",2,"2024-06-12","day",["Israel","Hezbollah"],{},"IDF troops fired artillery in order to remove a threat in the area of Kfarkela",True),
 ("clash-upper-galilee","clash","UPPER_GALILEE",3,"2024-06-12","day",["Hezbollah","Israel"],{},"its fighters had fired more than 150 rockets at military positions in the Upper Galilee",True),
 ("clash-jouaiya","clash","JOUAIYA",1,"2024-06-11","day",["Israel","Hezbollah"],{"fatalities":4},"a senior commander in an Israeli strike in Jouaiya on Tuesday evening, in which four people were killed",True)],
[("exercise","LB","a planned exercise simulating a manoeuvre in Lebanon; not held in Lebanon")])

add("f06-ukraine-general-staff", "2024-02-16",
"""Operational information as of 22:00 on 15.02.2024 regarding the Russian invasion

The 723rd day of the full-scale Russian armed aggression continues. During the day, 82 combat engagements took place. In total, the enemy carried out 4 missile and 31 air strikes and 57 attacks from multiple rocket launchers on the positions of our troops and populated areas.

In the Kupiansk direction, our defenders repelled 7 attacks in the areas of Synkivka and Petropavlivka, Kharkiv oblast.

In the Avdiivka direction, the Defence Forces repelled 23 attacks near Avdiivka, Lastochkyne and Sieverne, Donetsk oblast. The enemy is trying to encircle the town with the support of aviation.

In the Zaporizhzhia direction, the enemy launched air strikes on Robotyne and Mala Tokmachka.

The enemy shelled settlements of the Sumy and Chernihiv oblasts from its own territory.

Over the past day, the aviation of the Defence Forces struck 3 areas of concentration of enemy personnel and equipment.""",
[("Kupiansk","KUPIANSK","name|location"),("Synkivka","SYNKIVKA","location"),("Petropavlivka","PETROPAVLIVKA","location"),("Kharkiv","KHARKIV_OBL","location"),("Avdiivka","AVDIIVKA","name|location"),
 ("Avdiivka","AVDIIVKA","location"),("Lastochkyne","LASTOCHKYNE","location"),("Sieverne","SIEVERNE","location"),("Donetsk","DONETSK_OBL","location"),("Zaporizhzhia","ZAPORIZHZHIA_OBL","name|location"),
 ("Robotyne","ROBOTYNE","location"),("Mala Tokmachka","MALA_TOKMACHKA","location"),("Sumy","SUMY_OBL","location"),("Chernihiv","CHERNIHIV_OBL","location")],
[("clash-synkivka","clash","SYNKIVKA",2,"2024-02-15","day",["Russia","Ukraine"],{},"In the Kupiansk direction, our defenders repelled 7 attacks in the areas of Synkivka and Petropavlivka, Kharkiv oblast",True,[],["KUPIANSK"]),
 ("clash-petropavlivka","clash","PETROPAVLIVKA",2,"2024-02-15","day",["Russia","Ukraine"],{},"In the Kupiansk direction, our defenders repelled 7 attacks in the areas of Synkivka and Petropavlivka, Kharkiv oblast",True,[],["KUPIANSK"]),
 ("clash-avdiivka","clash","AVDIIVKA",2,"2024-02-15","day",["Russia","Ukraine"],{},"the Defence Forces repelled 23 attacks near Avdiivka, Lastochkyne and Sieverne, Donetsk oblast",True,["The enemy is trying to encircle the town with the support of aviation"],["LASTOCHKYNE","SIEVERNE"]),
 ("clash-robotyne","clash","ROBOTYNE",1,"2024-02-15","day",["Russia","Ukraine"],{},"the enemy launched air strikes on Robotyne and Mala Tokmachka",True),
 ("clash-mala-tokmachka","clash","MALA_TOKMACHKA",1,"2024-02-15","day",["Russia","Ukraine"],{},"the enemy launched air strikes on Robotyne and Mala Tokmachka",True),
 ("clash-sumy-shelling","clash","SUMY_OBL",3,"2024-02-15","day",["Russia","Ukraine"],{},"The enemy shelled settlements of the Sumy and Chernihiv oblasts from its own territory",False),
 ("clash-chernihiv-shelling","clash","CHERNIHIV_OBL",3,"2024-02-15","day",["Russia","Ukraine"],{},"The enemy shelled settlements of the Sumy and Chernihiv oblasts from its own territory",False)],
[])

add("f07-macomia-cabo-ligado", "2024-05-15",
"""Cabo Ligado Update: 6-12 May 2024

Islamic State Mozambique (ISM) fighters attacked the district headquarters of Macomia on 10 May, the most significant assault on a district capital since the occupation of Mocímboa da Praia in 2020. Roughly 100 insurgents entered the town from the north and east early in the morning, looted food from shops and warehouses and engaged Mozambican and Rwandan forces in an exchange of fire that lasted several hours. At least four soldiers were killed; ISM later published photographs claiming more. The fighters withdrew toward the Messalo river on 11 May.

Elsewhere, an improvised explosive device killed two civilians on the road between Mocímboa da Praia and Awasse on 7 May. A Rwandan army spokesperson said additional troops would be sent to Macomia in the coming days.""",
[("Mozambique","MZ","name"),("Macomia","MACOMIA","location"),("Mocímboa da Praia","MOCIMBOA","location"),("Messalo","MESSALO","location"),("Mocímboa da Praia","MOCIMBOA","location"),("Awasse","AWASSE","location"),("Macomia","MACOMIA","location")],
[("clash-macomia","clash","MACOMIA",1,"2024-05-10","day",["ISM","Mozambique","Rwanda"],{"fatalities":4},"Islamic State Mozambique (ISM) fighters attacked the district headquarters of Macomia on 10 May",True,["Roughly 100 insurgents entered the town from the north and east early in the morning","At least four soldiers were killed"]),
 ("clash-mocimboa-2020","clash","MOCIMBOA",1,"2020","year",["ISM","Mozambique"],{},"since the occupation of Mocímboa da Praia in 2020",False),
 ("inc-awasse-ied","incident","AWASSE",2,"2024-05-07","day",["ISM"],{"fatalities":2},"an improvised explosive device killed two civilians on the road between Mocímboa da Praia and Awasse on 7 May",True,[],["MOCIMBOA"]),
 ("dep-macomia-rwanda","deployment","MACOMIA",1,"2024-05","month",["Rwanda"],{},"additional troops would be sent to Macomia in the coming days",False)],
[("*","MESSALO","where the fighters withdrew to"),("*","MZ","'Islamic State Mozambique': a group's name")])

add("f08-catatumbo-colombia-ap", "2025-01-19",
"""BOGOTÁ, Colombia (AP) — More than 80 people have been killed and at least 20 wounded since Thursday in the Catatumbo region near the border with Venezuela, where the National Liberation Army (ELN) launched an offensive against a dissident faction of the former FARC, authorities in Norte de Santander said Sunday.

Among the dead are a former FARC fighter who signed the 2016 peace deal, his wife and their baby, who were shot in their home in Tibú. Thousands of families have fled to Cúcuta and Ocaña, where sports stadiums were turned into shelters.

President Gustavo Petro suspended peace talks with the ELN on Friday and said he would declare a state of emergency. The defense minister said 5,000 soldiers would be sent to the region. Caracas said it was ready to cooperate on the border.""",
[("BOGOTÁ","BOGOTA","location"),("Colombia","CO","location"),("Catatumbo","CATATUMBO","location"),("Venezuela","VE","location"),("Norte de Santander","NORTE_DE_SANTANDER","location"),
 ("Tibú","TIBU","location"),("Cúcuta","CUCUTA","location"),("Ocaña","OCANA","location"),("Caracas","CARACAS","actor")],
[("clash-catatumbo","clash","CATATUMBO",3,"2025-01-16","day",["ELN","FARC dissidents"],{"fatalities":80,"injured":20},"More than 80 people have been killed and at least 20 wounded since Thursday in the Catatumbo region near the border with Venezuela",True,["the National Liberation Army (ELN) launched an offensive against a dissident faction of the former FARC"],["NORTE_DE_SANTANDER","TIBU"]),
 ("clash-tibu-family","clash","TIBU",1,"2025-01-16","day",["ELN"],{"fatalities":3},"a former FARC fighter who signed the 2016 peace deal, his wife and their baby, who were shot in their home in Tibú",True,[],["CATATUMBO"]),
 ("dep-catatumbo-troops","deployment","CATATUMBO",3,"2025-01","month",["Colombia"],{"troops":5000},"The defense minister said 5,000 soldiers would be sent to the region",False),
 ("agr-peace-2016","agreement","CO",4,"2016","year",["Colombia","FARC"],{},"signed the 2016 peace deal",False)],
[("*","BOGOTA","dateline"),("*","CUCUTA","where the displaced fled"),("*","OCANA","where the displaced fled"),("*","OCANA_ES","twin: Ocaña in Spain"),("*","CARACAS","the government"),("*","VE","a border reference")])

# @@PASSAGES_END@@
# key: (name, country, level, lat, lon, scored). Coordinates from data/gazetteer.tsv.gz where it has the place (admin1 points:
# the gazetteer's admin1 point where it has the same name, else a rough centroid); otherwise given by hand (approximate).
PL = dict(
AM=("Armenia","AM","country",40.2,45.0,True), AZ=("Azerbaijan","AZ","country",40.3,47.7,True), TR=("Turkey","TR","country",39.0,35.0,True),
RU=("Russia","RU","country",60.0,90.0,True), NK=("Nagorno-Karabakh","AZ","region",39.9,46.7,True),
YEREVAN=("Yerevan","AM","city",40.17765,44.5126,True), BAKU=("Baku","AZ","city",40.37767,49.89201,True), MOSCOW=("Moscow","RU","city",55.75204,37.61781,True),
ANKARA=("Ankara","TR","city",39.9199,32.8543,True), KREMLIN=("Kremlin","RU","landmark",55.752,37.617,True),
MARTUNI_NK=("Martuni (Khojavend)","AZ","city",39.79496,47.1117,True), KHOJAVEND=("Khojavend District (Martuni)","AZ","admin1",39.79496,47.1117,True),
MARTUNI_AM=("Martuni","AM","city",40.14028,45.30232,True), KARMIR_SHUKA=("Karmir Shuka","AZ","village",39.73,46.98,True),
TOVUZ=("Tovuz District","AZ","admin1",40.99249,45.62838,True), AGDAM_TOVUZ=("Agdam (Tovuz)","AZ","village",40.905,45.566,True),
AGHDAM=("Aghdam","AZ","city",39.99096,46.92736,True), MOVSES=("Movses","AM","village",40.90534,45.48838,True), TAVUSH=("Tavush","AM","admin1",40.88037,45.14776,True),
GANJA=("Ganja","AZ","city",40.68157,46.36134,True), KALBAJAR=("Kalbajar","AZ","admin1",40.10984,46.04446,True), SUSUZLUG=("Susuzlug","AZ","village",40.07,46.08,True),
KENTRON=("Kentron","AM","district",40.17806,44.51303,True), GORANBOY=("Goranboy District","AZ","admin1",40.61028,46.78972,True),
TAP_QARAQOYUNLU=("Tap Qaraqoyunlu","AZ","village",40.55,46.73,True), TALISH=("Talish","AZ","village",40.17,46.63,True),
JERMUK=("Jermuk","AM","city",39.83948,45.67112,True), JERMUK_MUN=("Jermuk Municipality","AM","district",39.83948,45.67112,True), VAYOTS_DZOR=("Vayots Dzor","AM","admin1",39.7644,45.33268,True),
GORIS=("Goris","AM","city",39.51111,46.34168,True), GORIS_MUN=("Goris Municipality","AM","district",39.51285,46.35167,True), SYUNIK=("Syunik","AM","admin1",39.20762,46.40678,True),
VERIN_SHORZHA=("Verin Shorzha","AM","village",40.30,45.62,True), VARDENIS_MUN=("Vardenis Municipality","AM","district",40.19657,45.68706,True), GEGHARKUNIK=("Gegharkunik","AM","admin1",40.35398,45.12386,True),
LACHIN_CORRIDOR=("Lachin corridor","AZ","region",39.7,46.5,True), LACHIN_DIST=("Lachin District","AZ","admin1",39.59881,46.55045,True), LACHIN=("Lachin","AZ","city",39.6383,46.5461,True),
GYRKHGYZ=("Gyrkhgyz heights","AZ","landmark",39.69,46.42,True),
SHUSHA=("Shusha","AZ","city",39.76006,46.74989,True), SHUSHA_DIST=("Shusha District","AZ","admin1",39.76006,46.74989,True),
SEV_LICH=("Sev Lich lake","AM","landmark",39.56,46.06,True), SISIAN_MUN=("Sisian Municipality","AM","district",39.53846,45.98563,True), ISHKHANASAR=("Ishkhanasar","AM","landmark",39.58,46.12,True),
STEPANAKERT=("Khankendi (Stepanakert)","AZ","city",39.8177,46.7528,True), BEYLAGAN=("Beylagan","AZ","city",39.77556,47.61861,True),
NAKHCHIVAN_AR=("Nakhchivan Autonomous Republic","AZ","admin1",39.20889,45.41222,True), MEGHRI=("Meghri","AM","district",38.88315,46.21886,True),
ULYANOVSK=("Ulyanovsk","RU","city",54.32824,48.38657,True), ZVARTNOTS=("Zvartnots airport","AM","landmark",40.147,44.396,True),
AGHDAM_DIST=("Aghdam District","AZ","admin1",39.99096,46.92736,True), AGHJABADI=("Aghjabadi","AZ","city",40.05015,47.45937,True), JABRAYIL=("Jabrayil District","AZ","admin1",39.39917,47.02835,True),
TARTAR=("Tartar","AZ","city",40.34201,46.93161,True), KARS_PROV=("Kars Province","TR","admin1",40.59825,43.08548,True), SARIKAMIS=("Sarıkamış","TR","city",40.32769,42.58705,True),
BARDA=("Barda","AZ","city",40.37577,47.12619,True), BARDA_DIST=("Barda District","AZ","admin1",40.37577,47.12619,True),
GIYASLI=("Giyasli","AZ","village",40.03,47.04,True), SOUTH_CAUCASUS=("South Caucasus",None,"region",41.0,45.0,False), GYUMRI=("Gyumri","AM","city",40.79305,43.84635,True),
BISHKEK=("Bishkek","KG","city",42.87,74.59,True), FARUKH=("Farukh (Parukh)","AZ","village",39.97,46.85,True), MARTAKERT=("Martakert","AZ","city",40.21127,46.82135,True),
ASKERAN=("Askeran","AZ","city",39.94,46.83,True), GANJA_AIRPORT=("Ganja airport","AZ","landmark",40.737,46.317,True), VARDENIS=("Vardenis","AM","city",40.1827,45.73156,True),
FUZULI_DIST=("Fuzuli District","AZ","admin1",39.60094,47.14529,True),
ET=("Ethiopia","ET","country",9.0,39.5,True), AMHARA=("Amhara","ET","admin1",11.5,38.0,True), NORTH_GONDAR=("North Gondar","ET","district",12.9,37.3,True),
NORTH_WOLLO=("North Wollo","ET","district",11.8,39.4,True), EAST_GOJJAM=("East Gojjam","ET","district",10.4,38.0,True), DEBRE_MARKOS=("Debre Markos","ET","city",10.33,37.72,True),
MERAWI=("Merawi","ET","city",11.41,37.16,True), BAHIR_DAR=("Bahir Dar","ET","city",11.59364,37.39077,True), ADDIS_ABABA=("Addis Ababa","ET","city",9.02497,38.74689,True),
TIGRAY=("Tigray","ET","admin1",14.0,38.8,True), PRETORIA=("Pretoria","ZA","city",-25.74486,28.18783,True), MEKELLE=("Mekelle","ET","city",13.4967,39.4753,True),
GOMA=("Goma","CD","city",-1.67409,29.22845,True), BIRERE=("Birere","CD","district",-1.685,29.23,True), KATINDO=("Katindo","CD","district",-1.665,29.215,True),
SAKE=("Sake","CD","city",-1.57386,29.04339,True), KINSHASA=("Kinshasa","CD","city",-4.3556,15.35248,True), RW=("Rwanda","RW","country",-2.0,29.9,True),
FR=("France","FR","country",46.0,2.0,True), US=("United States","US","country",39.8,-98.6,True), KIGALI=("Kigali","RW","city",-1.94995,30.05885,True),
TRIPOLI_LY=("Tripoli","LY","city",32.88743,13.18733,True), TRIPOLI_LB=("Tripoli","LB","city",34.43352,35.84415,True), MITIGA=("Mitiga airport","LY","landmark",32.894,13.276,True),
MISRATA=("Misrata","LY","city",32.3754,15.0925,True), AIN_ZARA=("Ain Zara","LY","district",32.80,13.25,True), SOUQ_AL_JUMA=("Souq al-Juma","LY","district",32.88,13.23,True), AL_FURNAJ=("Al-Furnaj","LY","district",32.85,13.20,True),
IR=("Iran","IR","country",32.0,53.0,True), RIYADH=("Riyadh","SA","city",24.68773,46.72185,True), YE=("Yemen","YE","country",15.5,48.0,True), ABHA_AIRPORT=("Abha International Airport","SA","landmark",18.240,42.656,True), ABHA=("Abha","SA","city",18.21639,42.50528,True),
KHAMIS_MUSHAIT=("Khamis Mushait","SA","city",18.3,42.73333,True), SANAA=("Sanaa","YE","city",15.35452,44.20646,True), MARIB_GOV=("Marib governorate","YE","admin1",15.5,45.5,True),
SIRWAH=("Sirwah","YE","district",15.45,45.02,True), MARIB=("Ma'rib","YE","city",15.46253,45.32581,True),
AITAROUN=("Aitaroun","LB","village",33.117,35.467,True), MARKABA=("Markaba","LB","village",33.22,35.52,True), LB=("Lebanon","LB","country",33.85,35.85,True), METULA=("Metula","IL","village",33.27929,35.5787,True),
KFARKELA=("Kfarkela","LB","village",33.28,35.57,True), UPPER_GALILEE=("Upper Galilee","IL","region",33.0,35.5,True), JOUAIYA=("Jouaiya","LB","village",33.19,35.33,True),
KUPIANSK=("Kupiansk","UA","city",49.71,37.616,True), SYNKIVKA=("Synkivka","UA","village",49.77,37.65,True), PETROPAVLIVKA=("Petropavlivka","UA","village",49.69,37.74,True), KHARKIV_OBL=("Kharkiv Oblast","UA","admin1",49.98177,36.25475,True),
AVDIIVKA=("Avdiivka","UA","city",48.14019,37.75008,True), LASTOCHKYNE=("Lastochkyne","UA","village",48.18,37.72,True), SIEVERNE=("Sieverne","UA","village",48.16,37.65,True), DONETSK_OBL=("Donetsk Oblast","UA","admin1",48.023,37.80224,True),
ZAPORIZHZHIA_OBL=("Zaporizhzhia Oblast","UA","admin1",47.5,35.5,True), ROBOTYNE=("Robotyne","UA","village",47.45,35.84,True), MALA_TOKMACHKA=("Mala Tokmachka","UA","village",47.52,35.80,True),
SUMY_OBL=("Sumy Oblast","UA","admin1",50.9,34.8,True), CHERNIHIV_OBL=("Chernihiv Oblast","UA","admin1",51.5,31.3,True),
MZ=("Mozambique","MZ","country",-18.25,35.0,True), MACOMIA=("Macomia","MZ","city",-12.24667,40.12083,True), MOCIMBOA=("Mocímboa da Praia","MZ","city",-11.35,40.35,True),
MESSALO=("Messalo river",None,"region",-12.0,40.0,False), AWASSE=("Awasse","MZ","village",-11.47,40.21,True),
BOGOTA=("Bogotá","CO","city",4.60971,-74.08175,True), CO=("Colombia","CO","country",4.0,-72.0,True), CATATUMBO=("Catatumbo","CO","region",8.7,-73.0,True), VE=("Venezuela","VE","country",8.0,-66.0,True),
NORTE_DE_SANTANDER=("Norte de Santander","CO","admin1",7.90745,-72.5049,True), TIBU=("Tibú","CO","city",8.63895,-72.73583,True), CUCUTA=("Cúcuta","CO","city",7.90745,-72.5049,True),
OCANA=("Ocaña","CO","city",8.23773,-73.35604,True), OCANA_ES=("Ocaña","ES","village",39.95785,-3.4982,True), CARACAS=("Caracas","VE","city",10.48801,-66.87919,True),
)
# @@PLACES_END@@
ABOUT = ("Held-out set 'heldout3': 30 passages written BLIND by a helper session on 2026-12-03, without reading the extractor's code "
 "(geo/, layers/), its lexicons (data/*.tsv, data/lexicon*) or the dev and eval passages (testdata/dev/, testdata/eval/), and without running the extractor "
 "on them; only testdata/goldbuild.py, testdata/heldout2/build_gold.py (its ABOUT string and a few add() calls, for format and conventions; its passages "
 "were not reused), ../shared/eval/seeds.gold.json and ../shared/SCHEMA.md were read, data/gazetteer.tsv.gz was grepped for coordinates, and two "
 "searches of stored pages (Russian peacekeepers' bulletins, Ukrainian General Staff summaries) were read for phrasing only. Styles: 12 ACLED-style "
 "one-paragraph notes on the 2020-2022 Armenia-Azerbaijan fighting (shelling of towns, drone strikes, an anti-tank mine, armed clashes, a note naming two "
 "places, a protest note with no event, a note whose only other place is the reporting source, 'Fatalities: N' tails); 10 on Armenia-Azerbaijan/Turkey/Russia "
 "(Reuters, AFP and AP datelines, TASS, Armenpress with its typos, an Azerbaijani defence-ministry statement, Anadolu on a Turkish-Azerbaijani exercise, "
 "a live blog with times, a think-tank paragraph mixing history and news, a Russian peacekeepers' bulletin); 8 on other wars (Amhara in CrisisWatch style, "
 "Goma/M23, Tripoli 444 Brigade vs Radaa, a Saudi-coalition SPA statement on Abha and Marib, an IDF statement on Hezbollah, a Ukrainian General Staff summary, "
 "a Cabo Ligado update, Catatumbo AP). Facts are approximate, written from memory of real events and not copied from any report, and must not be used as "
 "a news source. Do not tune rules on this set. Conventions as heldout2: UTF-8 byte offsets, end exclusive; roles location/actor/name, 'a|b' accepts either; "
 "places[].scored=false for macro-regions and rivers; geonames_id null (coordinates from data/gazetteer.tsv.gz where it has the place, else by hand, "
 "approximate); geo_precision 1 place, 2 near/district, 3 region, 4 country; events[].required=false neither a miss nor a hit counts; also = other sentences "
 "reporting the same event; alt_places = other acceptable places; must_not: a feature of that type (* any) at that place is wrong. As in heldout2: a village the "
 "gazetteer lacks is placed at the district named with it (geo_precision 2) with the village in alt_places; ACLED's '(X, Y)' gives the place and its district; "
 "a span of days is dated to its first day; 'overnight' into the publication day is that day, 'the night of 17 to 18' the first day; hedged counts give the "
 "stated number, 'a dozen'/'dozens' 12 (ACLED's rule), a later updated toll replaces the first ('at least 19 ... risen to 21' gives 21); "
 "'last week' is dated to the month; demonyms and adjectives ('Azerbaijani', 'Rwandan') are not annotated.")
build('heldout3', P, PL, ABOUT, words=(60, 200), sort_toponyms=True)
