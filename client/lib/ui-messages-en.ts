// The app's own wording on the parent's pages in English, the complete dictionary every other
// language falls back to. Ids are grouped by the screen they belong to.
export const EN = {
  'notice.heading': 'Before you start',
  'notice.fullPrivacy': 'Read the full privacy notice, including how to take your answers back',
  'notice.cleared': 'Your answers have been cleared from this device.',
  'notice.device':
    'Your answers are kept on this device as you go, so you can stop and come back later using the same link. They are removed from this device once they are sent.',
  start: 'Start',
  'language.label': 'Language',
  'language.change': 'Change language',
  'code.heading': 'Enter your access code',
  'code.hint':
    'You will find the code on the letter or card you were given. It has 8 letters and numbers, for example K7QM 3TXA.',
  'code.label': 'Access code',
  'code.continue': 'Continue',
  'code.checking': 'Checking your code…',
  'code.empty': 'Enter your access code',
  'code.invalid':
    'This code is not right, or it has already been used. Check the code and try again.',
  'code.failed':
    'We could not check your code. Check you are connected to the internet, then try again.',
  'code.busy':
    'Too many codes have been tried from your internet connection in the last minute. Please wait a minute, then try again.',
  'code.noCode':
    'If you do not have a code, ask the person or group who sent you this questionnaire for one.',
  'code.anonymous':
    'The code only shows that you were invited. It is not linked to your answers, and nobody can tell which answers are yours.',
  'error.prefix': 'Error:',
  'error.summary': 'There is a problem',
  'questions.loading': 'Loading the questions…',
  // survey-core's own wording, used where the questionnaire sets none (same as survey-core's).
  'questions.previous': 'Previous',
  'questions.next': 'Next',
  'questions.complete': 'Complete',
  'questions.progress': 'Page {0} of {1}',
  'questions.select': 'Select...',
  'questions.required': 'Response required.',
  'questions.otherRequired': 'Tell us what “Other” means for you, or choose another answer.',
  'questions.progressChanged': 'Your answers changed the number of pages. There are now {total}.',
  'questions.tooLong': 'Please enter no more than {0} character(s).',
  'questions.failed.heading': 'The questionnaire did not load',
  'questions.failed.body':
    'Check your internet connection, then reload this page. Any answers you already gave are still saved on this device.',
  'questions.reload': 'Reload the page',
  'welcomeBack.body': 'Welcome back. We kept the answers you gave on this device.',
  'welcomeBack.startAgain': 'Start again with no answers',
  'welcomeBack.confirm': 'Clear all your answers and start again?',
  'welcomeBack.cannotUndo': 'This cannot be undone.',
  'welcomeBack.yes': 'Yes, clear my answers',
  'welcomeBack.no': 'No, keep my answers',
  'sending.heading': 'Sending your answers…',
  'sending.body': 'Please keep this page open. It usually takes a few seconds.',
  'failed.heading': 'Sorry, your answers have not been sent',
  'failed.lead': 'This might be a problem with your internet connection, or with our website.',
  'failed.body':
    'Your answers are still saved on this device. Check you are connected to the internet, then try again. If you try again and we did get them the first time, we will only count them once.',
  'failed.retry': 'Try again',
  'failed.back': 'Go back to your answers',
  'waiting.heading': 'We will send your answers in a moment',
  'waiting.body':
    'A lot of answers are arriving from your internet connection right now, so we could not take yours yet. We will try again in {seconds} seconds. Please keep this page open.',
  'waiting.kept': 'Your answers are still saved on this device.',
  'invalid.heading': 'Some answers need to be checked',
  'invalid.body': 'Your answers have not been sent yet. Please check:',
  'invalid.back': 'Go back to the questionnaire',
  'rejected.heading': 'Your answers have not been sent',
  'rejected.kept': 'Your answers are still saved on this device.',
  'rejected.tooLarge':
    'Your answers are too long to send. Please make your longest answers shorter, then send them again.',
  'sent.heading': 'Your answers have been sent',
  'sent.alreadySent':
    'We had already received your answers from an earlier attempt. Changes made after that attempt were not sent.',
  'sent.removed': 'Your answers have been removed from this device. You can close this page.',
  'receipt.heading': 'Your receipt code',
  'receipt.intro':
    'Write this code down, or save it. Later you can use it to see what we are doing about the things you told us, or to take your answers back.',
  'receipt.private':
    'Keep it somewhere safe: anyone who has it can take your answers back. The code does not say who you are, so we cannot show it to you again or look it up for you.',
  'receipt.fileText':
    'Your receipt code for "{title}" is {code}. Go to {address} and type in the code to see what is being done about what you told us, or to take your answers back. Anyone who has this code can take your answers back, so keep it safe.',
  'receipt.copy': 'Copy the code',
  'receipt.copied': 'The code has been copied.',
  'receipt.save': 'Save the code as a text file',
  'receipt.use': 'Use your code on the receipt page',
  'receipt.linked':
    'Your answers have been linked to your answers to the last questionnaire, so we can see how views have changed. Nobody can tell they are yours.',
  'help.heading': 'Getting help',
  'help.intro':
    'If answering these questions has brought up difficult feelings, or you need advice, these services can help.',
  'help.website': 'Website:',
  'help.phone': 'Phone:',
  'status.notYetOpen.heading': 'This questionnaire is not open yet',
  'status.notYetOpen.opens': 'It opens on {date}.',
  'status.notYetOpen.comeBack': 'Please come back then, using the same link.',
  'status.notYetOpen.later': 'It is not taking answers at the moment. Please try again later.',
  'status.closed.heading': 'This questionnaire has closed',
  'status.closed.lead': 'It is no longer taking answers.',
  'status.closed.leadOn': 'It closed on {date} and is no longer taking answers.',
  'status.closed.body':
    'Thank you for your interest. We read every answer we received, and we will publish what people told us and what we are doing about it.',
  'status.unavailable.heading': 'You cannot answer this questionnaire online',
  'status.unavailable.lead': 'This questionnaire cannot be answered on this website.',
  'status.unavailable.body':
    'Please contact the team that sent you the link. They can tell you other ways to give your views.',
  'status.otherSurveys': 'See other questionnaires you can answer',
  'notFound.heading': "We can't find this questionnaire",
  'notFound.lead': 'Check the link you were sent. It may be mistyped or cut short.',
  'notFound.body':
    'If the link still does not work, ask the person or group who sent it to you for a new one.',
  'notFound.link': 'See questionnaires that are open now',
  'pageNotFound.heading': 'Page not found',
  'pageNotFound.typed': 'If you typed the web address, check it is correct.',
  'pageNotFound.link':
    'If you were sent a link to a questionnaire, use the whole link, exactly as you received it.',
  'pageNotFound.home': 'Go to the home page',
  'load.heading': 'Loading questionnaire',
  'load.body': 'Loading the questionnaire…',
  'loadFailed.heading': 'Sorry, the questionnaire did not load',
  'loadFailed.lead': 'This might be a problem with your internet connection, or with our website.',
  'loadFailed.body': 'Check you are connected to the internet, then try again.',
  'loadFailed.retry': 'Try again',
  'site.skip': 'Skip to main content',
  'site.tagline': 'Anonymous questionnaires for families',
  'site.supportLinks': 'Support links',
  'site.accessibility': 'Accessibility statement',
  'site.home': 'Home',
  'site.privacy': 'Privacy notice',
  'site.receipt': 'Use a receipt code',
  'site.runBy': 'This website is run by {name}.',
  'site.contact': 'Contact: {contact}',
  'site.anonymous':
    'Questionnaires on this site are anonymous. We never ask for your name, email or address.',
  'title.page': '{page} (page {number} of {total})',
  'title.sending': 'Sending your answers',
  'title.waiting': 'Waiting to send your answers',
  'title.invalid': 'Error: some answers need to be checked',
  'title.failed': 'Error: your answers have not been sent',
  'title.codeError': 'Error: enter your access code',
  'title.notFound': 'Questionnaire not found',
  'title.loadFailed': 'Error: the questionnaire did not load',
};

export type UiTextId = keyof typeof EN;
