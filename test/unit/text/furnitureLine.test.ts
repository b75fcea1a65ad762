import { describe, expect, it } from 'vitest';
import { furnitureLine } from '../../../src/text/furnitureLine.js';

describe('furnitureLine', () => {
  it.each([
    ['Nov. 20, 2019, 9:28 AM UTC', 'timestamp'],
    ['sexta-feira, 22 de outubro de 2010 às 20:13', 'timestamp'],
    ['CNNMoney (New York) First published February 1, 2016: 1:28 AM ET', 'timestamp'],
    ['By Justine Coleman - 11/18/19 11:04 PM EST', 'byline'],
    ['2/26/2015 7:11 AM PST BY TMZ STAFF', 'byline'],
    ['Opinion Columnist', 'byline'],
    ['(Image: © NASA/ESA/K. Retherford/SWRI)', 'credit'],
    ['Image copyright Getty Images', 'credit'],
    ['Natalie Naccache | Bloomberg | Getty Images', 'credit'],
    ['Photos by cmgirl (Shutterstock), Macrovector (Shutterstock)', 'credit'],
    ['Vicente Aguiar loads garage door trims into his pickup truck in Hialeah, Fla. (AP Photo/Alan Diaz, File)', 'caption'],
    ["An artist's illustration of a plume of water vapor emanating from Jupiter's moon Europa.", 'caption'],
    ['Gina Yarbrough sent this picture of the road near her home.', 'caption'],
    ['US professor Kevin King (left) and his Australian colleague Timothy Weeks', 'caption'],
    ['Reporting by Jane Doe; Editing by John Roe', 'end matter'],
    ['Originally published on Live Science.', 'end matter'],
    ['This article originally appeared on The Atlantic.', 'end matter'],
    ['Copyright ⓒ 2019 Example Corp.', 'end matter'],
    ['This post may contain affiliate links.', 'end matter'],
    ['Lucas Nolan is a reporter for Breitbart Tech. Follow him on Twitter @LucasNolan_', 'end matter'],
    ['Join our Space Forums to keep talking space on the latest missions, night sky and more!', 'invitation'],
    ['Subscribe to 9to5Mac on YouTube for more Apple news:', 'invitation'],
    ['Lire aussi : Les critiques de la CNIL contre le projet de loi', 'invitation'],
    ['Revivez le direct du vote à l’Assemblée avec vos questions.', 'invitation'],
    ['Lesen Sie auch: Was das neue Gesetz für Mieter bedeutet', 'invitation'],
    ['Jetzt abonnieren und keine Ausgabe verpassen.', 'invitation'],
    ['[What you need to know to start the day: Get New York Today in your inbox.]', 'invitation'],
    ['[Read: Tunisia sends most foreign fighters to Islamic State in Syria]', 'invitation'],
    ['Wir verwenden Cookies, um unsere Website und Dein Shopping-Erlebnis zu verbessern.', 'notice'],
    ['We use cookies to improve your experience on our site.', 'notice'],
    ['Ja, ich bin interessiert am Empfang von interessanten Vorteilsangeboten per E-Mail der CHIP Digital GmbH. Einwilligung jederzeit widerrufbar.', 'notice'],
  ])('%s is %s', (line, reason) => {
    expect(furnitureLine(line)).toBe(reason);
  });

  it.each([
    'The council met at 9:30 a.m. EST on Monday and voted to fund the ferry.',
    'Posted on social media by the analysts, the clip shows the game stutter.',
    'Sign up for a Hulu ad-free account for $11.99 a month',
    'Download Dashlane Password Manager for Free',
    'Fans who follow him on Twitter know the story well.',
    'A selection of the participating artists and artworks:',
    '-12.99',
    '[Chorus]',
  ])('%s is story text', (line) => {
    expect(furnitureLine(line)).toBeUndefined();
  });
});
