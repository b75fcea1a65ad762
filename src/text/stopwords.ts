// English function words: left out of keywords and of sentence similarity.
export const STOPWORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both but by
can could did do does doing down during each even ever few for from further had has have having he her here hers herself him
himself his how however i if in into is it its itself just like made make many may me might more most much must my myself
new no nor not now of off on once one only or other our ours ourselves out over own per said same say says she should since so
some still such than that the their theirs them themselves then there these they this those through to too two under until up
upon us very was we were what when where whether which while who whom whose why will with within without would yet you your
yours yourself yourselves told according mr mrs ms year years time week weeks day days last next first three four five another
around across among back get got go going went take took well way ago because including`
    .split(/\s+/)
    .filter(Boolean),
);
