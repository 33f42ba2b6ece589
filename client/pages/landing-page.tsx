import { useEffect, useState } from 'react';
import type { SurveySummary } from '../../server/contracts.ts';
import { Layout } from '../components/layout.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { fetchOpenSurveys } from '../lib/api.ts';
import { formatLondonDateTime } from '../lib/london-date.ts';
import { pageTitle } from '../lib/site.ts';

function OpenSurveys() {
  const [surveys, setSurveys] = useState<SurveySummary[] | undefined>();
  useEffect(() => {
    let live = true;
    fetchOpenSurveys().then((list) => live && setSurveys(list));
    return () => {
      live = false;
    };
  }, []);

  if (!surveys) return <p className="body delayed-appear">Looking for open questionnaires…</p>;
  if (surveys.length === 0) {
    return <p className="body">There are no questionnaires open to everyone at the moment.</p>;
  }
  return (
    <ul className="survey-list">
      {surveys.map((survey) => (
        <li key={survey.slug} className="survey-list__item">
          <a href={`/s/${survey.slug}`} className="survey-list__link">
            {survey.title}
          </a>
          {survey.closesAt && (
            <p className="body-s">Closes on {formatLondonDateTime(survey.closesAt)}</p>
          )}
        </li>
      ))}
    </ul>
  );
}

export function LandingPage() {
  return (
    <Layout title={pageTitle('Have your say about SEND services')}>
      <PageHeading>Have your say about SEND services</PageHeading>
      <p className="body-l">
        This website collects answers to questionnaires about support for children and young people
        with special educational needs and disabilities (SEND).
      </p>
      <p className="body">
        The questionnaires are for parents, carers and young people. They are written by the council
        together with the parent carer forum. Your answers are anonymous: we never ask for your
        name, email or address.
      </p>
      <h2 className="heading-m">How to take part</h2>
      <p className="body">
        Use the link you were sent, for example in an email, a text message or a school newsletter.
        Each questionnaire has its own link.
      </p>
      <h2 className="heading-m">Questionnaires open now</h2>
      <OpenSurveys />
      <h2 className="heading-m">Accessibility</h2>
      <p className="body">
        Read our <a href="/accessibility">accessibility statement</a> to find out how to ask for a
        questionnaire in another format, such as paper, large print, easy read or another language.
      </p>
    </Layout>
  );
}
