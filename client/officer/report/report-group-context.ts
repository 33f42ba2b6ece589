import { createContext } from 'react';

/**
 * The group a part of a report broken down by a question belongs to ("A parent"). Every
 * group repeats the same tables, so each table's scrolling box adds it to its name: landmarks
 * with the same name cannot be told apart in a screen reader's list of them.
 */
export const ReportGroupContext = createContext<string | undefined>(undefined);
