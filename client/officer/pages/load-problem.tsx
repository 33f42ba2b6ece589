import { NotFoundPage } from './not-found-page.tsx';
import { loadProblemIn } from './problem-frame.tsx';
import { ProblemPage } from './problem-page.tsx';

export const LoadProblem = loadProblemIn({ Problem: ProblemPage, NotFound: NotFoundPage });
