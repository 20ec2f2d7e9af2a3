# ruff: noqa: E501
# Prose, one paragraph to a line.
"""Base stories for the near-duplicate benchmark: two different stories on each topic, so
that "same topic, different story" pairs share vocabulary but not text. Written for this
benchmark; every name, place and figure is invented."""

from __future__ import annotations

STORIES: dict[str, list[tuple[str, str]]] = {
    "central-bank": [
        (
            "Bank of Westmark holds rates at 4.5% as inflation cools",
            """The Bank of Westmark kept its main interest rate at 4.5% on Thursday, saying inflation was falling faster than it had expected in the spring but that it was too early to declare victory.

Seven of the nine members of the monetary policy committee voted to hold, while two wanted an immediate cut of a quarter of a point, citing weak retail sales and a rise in unemployment to 4.8%.

Governor Elena Marsh told reporters that the committee needed to see several more months of slowing wage growth before it could start lowering borrowing costs. "We are on the right path, but the last mile is often the hardest," she said.

Consumer price inflation fell to 3.1% in October from 3.6% in September, helped by lower fuel prices and a smaller rise in food costs than a year earlier.

Markets had expected the decision, and the westmark was little changed against the dollar after the announcement. Economists at several banks now expect the first cut in February, although some warned that a new rise in energy prices over the winter could delay it.""",
        ),
        (
            "Northern Federal Bank cuts rates for the first time in four years",
            """The Northern Federal Bank lowered its benchmark rate by half a percentage point to 3.75% on Wednesday, its first reduction since the pandemic, as a slump in manufacturing and house building threatened to tip the economy into recession.

The decision was unanimous. In a statement the bank said that price pressures had eased substantially and that the risks to growth now outweighed the risks of inflation returning.

President Tomas Lindqvist said the bank was prepared to act again if the labour market weakened further. Factory output has fallen for six consecutive months and mortgage approvals are at their lowest level for a decade.

Inflation in the federation stood at 2.4% last month, close to the bank's target of 2%, after peaking at more than 9% two years ago.

Shares in house builders rose sharply after the announcement, and the yield on two-year government bonds fell to its lowest level since March. Opposition politicians said the cut came too late for the thousands of families who had lost their homes to repossession.""",
        ),
    ],
    "flooding": [
        (
            "Hundreds evacuated as River Calder bursts its banks",
            """More than 400 people were evacuated from their homes in the town of Hebbleford overnight after the River Calder burst its banks following two days of torrential rain.

Emergency services used boats to rescue residents from flooded streets near the town centre, where water reached the first floor of some houses. A rest centre was opened at the local leisure centre, and volunteers handed out blankets and hot drinks until the early hours.

The Environment Office issued three severe flood warnings, meaning there is a danger to life, and said river levels were the highest since records began in 1968.

Council leader Priya Nandra said the town had been hit "without mercy" and promised that the council would help every family affected. Several schools will remain closed on Monday, and the main road to the motorway has been shut because a bridge was damaged.

Forecasters expect the rain to ease on Sunday afternoon, but warned that rivers downstream could continue to rise for another day as water drained from the surrounding hills.""",
        ),
        (
            "Flood defences hold in Marlow Vale as storm passes",
            """New flood defences in Marlow Vale held firm during the weekend's storm, sparing hundreds of homes that were badly flooded three winters ago, the regional water authority said on Monday.

The £28m scheme, which includes a two-kilometre wall along the river and a storage basin upstream of the village, was completed in September after a year of delays.

Residents who had spent months in temporary accommodation after the last floods said they had watched the river rise with dread. "We hardly slept, but the water never came over the wall," said shopkeeper Daniel Hughes, whose business was ruined in the previous flood.

Elsewhere, the storm brought down trees and power lines, leaving about 12,000 homes without electricity on Sunday night. Engineers had restored power to most of them by Monday morning.

The authority said the defences had been designed to cope with a flood that might be expected once in a hundred years, but warned that a changing climate meant such events were becoming more frequent.""",
        ),
    ],
    "football": [
        (
            "Castleton United win cup final with late Reyes header",
            """Castleton United won the National Cup for the first time in 31 years on Saturday, beating Harbour City 2-1 with a header from substitute Luis Reyes in the 89th minute.

Harbour City had taken the lead shortly before half-time when captain Mark Ellison curled a free kick into the top corner, and they looked the stronger side for much of the afternoon.

Castleton equalised after 71 minutes through striker Ben Adeyemi, who turned in a low cross from the right after a quick counter-attack. Reyes, who had been on the pitch for only six minutes, then rose highest at a corner to send the travelling fans into raptures.

Manager Sarah Quinn, in her first season in charge, said the victory was for the supporters who had stuck with the club through relegation and financial trouble. "These people deserve this more than anyone," she said.

Harbour City's manager complained that the corner should never have been given, saying replays showed the ball had gone out off a Castleton player.""",
        ),
        (
            "Harbour City sack manager after fifth straight defeat",
            """Harbour City have sacked manager Paul Dempsey after a 3-0 home defeat by Riverside Athletic left the club in the relegation zone with a fifth successive league loss.

Dempsey, who led the team to the cup final last season, was dismissed on Sunday morning, less than a year after signing a new three-year contract.

In a statement the club thanked him for his work but said results had fallen well below expectations. First-team coach Anna Berg will take charge for the next two matches while the board looks for a permanent replacement.

Supporters had chanted against the manager during the second half on Saturday, and some stayed behind after the final whistle to protest outside the main stand.

Harbour City have scored only four goals in their last ten matches, and injuries to key players, including captain Mark Ellison, have left the squad thin. The club face a difficult run of fixtures, with three of their next four games against teams in the top six.""",
        ),
    ],
    "election": [
        (
            "Opposition claims fraud as Velora election result is delayed",
            """Opposition parties in Velora accused the government of rigging Sunday's presidential election after the electoral commission delayed the announcement of results for a second day.

Partial results published on Tuesday showed President Ismail Haroun leading with 54% of the vote against 41% for his main challenger, the former finance minister Grace Mwangi.

Ms Mwangi's campaign said its observers had recorded hundreds of irregularities, including ballot boxes that arrived at counting centres already opened and polling stations where turnout exceeded the number of registered voters.

The commission denied any wrongdoing and said the delay was caused by the late arrival of results from remote districts. International observers said voting had been largely peaceful but called for transparency in the tallying process.

Police fired tear gas to disperse hundreds of opposition supporters who gathered outside the commission's headquarters in the capital on Tuesday evening. The government has warned that anyone who incites violence will be prosecuted.""",
        ),
        (
            "Velora parliament passes electoral reform bill",
            """Velora's parliament has passed a bill that will introduce electronic voter identification and allow results to be published directly from polling stations, a key demand of opposition parties ahead of next year's elections.

The reform, which passed by 212 votes to 87, also gives the electoral commission a fixed budget that the government cannot cut, and sets a deadline of seven days for declaring presidential results.

Justice minister Samuel Otieno said the law would restore confidence in an electoral system that had been damaged by disputes over past results. "No one should ever again doubt that their vote counted," he told the chamber.

Civil society groups welcomed the bill but said the commission needed more staff and training if the new technology was to work in remote areas with poor internet connections.

The bill now goes to the president, who is expected to sign it into law within two weeks. Some ruling party members who voted against it said the electronic system would be expensive and vulnerable to hacking.""",
        ),
    ],
    "tech": [
        (
            "Kestrel Systems to cut 6,000 jobs as cloud growth slows",
            """Kestrel Systems, the software maker, said on Tuesday that it would cut about 6,000 jobs, or 9% of its workforce, after growth in its cloud computing business slowed for the third quarter in a row.

Chief executive Rachel Ward said the company had hired too quickly during the pandemic and needed to focus its investment on artificial intelligence products, where demand from business customers remained strong.

Revenue in the three months to September rose 4% to $14.2bn, below analysts' forecasts, and the company lowered its guidance for the full year. Shares fell 7% in after-hours trading.

The cuts will fall mainly on sales and administrative staff, and the company expects to record a charge of about $800m for severance payments.

Unions in two European countries where Kestrel has large offices said they would seek urgent meetings with management. The company said it would consult employee representatives wherever the law required it to do so.""",
        ),
        (
            "Kestrel Systems unveils assistant that writes spreadsheet formulas",
            """Kestrel Systems has unveiled an assistant for its office software that can write spreadsheet formulas, summarise documents and draft emails from short instructions, as it races to keep up with rivals in artificial intelligence.

The feature, demonstrated at the company's annual developer conference on Wednesday, will be available to business customers from January for an additional monthly fee of $25 per user.

Product chief Omar Siddiqui said early testers had saved an average of three hours a week on routine tasks. He said customers' data would not be used to train the underlying models, a concern raised by many corporate buyers.

Analysts said the pricing was ambitious but that Kestrel's large base of existing customers gave it an advantage in selling the new tools.

The company also announced a partnership with a chip maker to build three new data centres, and said it would spend more than $10bn on infrastructure next year. Shares rose 3% after the presentations.""",
        ),
    ],
    "health": [
        (
            "Hospital waiting lists reach record 7.9 million",
            """The number of people waiting for routine hospital treatment rose to a record 7.9 million in September, official figures show, despite promises by ministers to bring the backlog down this year.

More than 380,000 patients had been waiting longer than a year, and the average wait for a hip or knee replacement has grown to 21 weeks.

Health officials blamed a wave of strikes by junior doctors, which forced the cancellation of more than 100,000 appointments over the summer, and high numbers of patients with respiratory infections.

The chair of the Royal College of Surgeons, Dr Fiona Grant, said patients were being left in pain for months and that the government needed a realistic plan to expand operating capacity. "Every number in these figures is a person whose life is on hold," she said.

The health secretary said new surgical hubs opening this winter would treat an extra 100,000 patients a year, and that the backlog would start to fall once industrial action ended.""",
        ),
        (
            "Winter flu vaccine offered to all over-50s",
            """Everyone over the age of 50 will be offered a free flu vaccine this winter, health officials announced on Friday, reversing a decision last year to limit the jab to over-65s and people with health conditions.

The programme will begin in the first week of October at GP surgeries and pharmacies, with care home residents and frontline health workers vaccinated first.

Public health chief Dr Martin Achebe said the southern hemisphere had experienced an unusually severe flu season, which was often a sign of what was to come in the north. Hospitals were expected to be under heavy pressure, he added.

About 18 million people will be eligible, and officials hope to vaccinate at least three quarters of them. Last winter, flu and its complications led to more than 20,000 hospital admissions.

Pharmacists welcomed the announcement but warned that some had not yet received confirmation of their vaccine deliveries and might not be ready to start on time.""",
        ),
    ],
    "space": [
        (
            "Aurora lander touches down near the Moon's south pole",
            """The Aurora robotic lander touched down near the Moon's south pole on Saturday, making the Meridian Space Agency only the fifth organisation to achieve a soft landing on the lunar surface.

Mission controllers erupted into applause when the first signal arrived, confirming that the spacecraft was upright and its solar panels were producing power.

The lander carries a small rover and instruments to look for water ice in permanently shadowed craters, which could one day supply drinking water and rocket fuel for astronauts.

Mission director Hana Kobayashi said the team would spend the next two days checking the spacecraft's systems before releasing the rover. "The hard part is behind us, but the science is only beginning," she said.

Aurora was launched six weeks ago and took a long, fuel-saving route to the Moon. Two previous attempts by other countries to land in the same region failed in the past three years, one of them crashing after an engine fault.""",
        ),
        (
            "Rocket explodes shortly after launch, destroying weather satellite",
            """A rocket carrying a new weather satellite exploded less than two minutes after lifting off from the Meridian spaceport on Thursday, scattering debris over the sea.

Video of the launch showed the rocket veering off course before a bright flash and a cloud of smoke. No one was injured, and the area under the flight path had been cleared of shipping in advance.

The satellite was intended to replace an ageing spacecraft that provides forecasts for much of the region, and officials said there would now be a gap in coverage of at least a year.

The launch company said early data pointed to a problem with one of the four first-stage engines, and that all flights would be suspended while an investigation took place.

It is the second failure for the rocket in 14 launches. Insurers said the satellite, which cost about $400m to build and launch, was fully covered.""",
        ),
    ],
    "court": [
        (
            "Former mayor jailed for eight years over contracts scandal",
            """The former mayor of Bridgeport, Victor Hale, was sentenced on Friday to eight years in prison for taking bribes in exchange for awarding building contracts worth more than $60m.

A jury found Hale guilty last month of corruption and money laundering after a three-month trial in which prosecutors said he had received cash, holidays and a lakeside house from three construction companies.

Judge Miriam Castillo said Hale had betrayed the trust of the people who elected him and that the sentence must deter others in public office. She also ordered him to repay $2.3m.

Hale, 61, who had denied the charges, showed no emotion as the sentence was read. His lawyer said he would appeal, arguing that the evidence of the main prosecution witness had been unreliable.

Two company executives who admitted paying the bribes were given suspended sentences after cooperating with investigators.""",
        ),
        (
            "Supreme court strikes down law banning street protests",
            """The supreme court has struck down a law that allowed police to ban street protests at short notice, ruling that it gave officers too much power to restrict freedom of assembly.

In a seven to two decision on Tuesday, the judges said the law's wording was so vague that almost any gathering could be banned on the grounds that it might cause disruption.

The law was passed two years ago after a summer of climate demonstrations that blocked roads in the capital. The government said it was needed to protect the public and emergency services.

Civil liberties groups, which brought the case, called the ruling a victory for democracy. Lawyer Hannah Reid said hundreds of people who had been arrested under the law might now be able to claim compensation.

The interior minister said the government respected the court's decision but would consider new legislation to ensure that protests could not bring cities to a standstill.""",
        ),
    ],
}
