import { topTopics } from '../../tab/src/report/top-topics';

const topic = (name: string, covered: number, chosen: number, wanted: number) => ({
  key: name.toLowerCase(),
  name,
  wanted,
  offered: 0,
  chosen,
  covered,
});

describe("the report's top topics", () => {
  test('covered in meetings first, then chosen in polls, then wanted; untouched topics left out', () => {
    const topics = [
      topic('Big data', 0, 0, 3),
      topic('AI', 2, 1, 1),
      topic('Agile', 2, 3, 0),
      topic('Networking', 0, 2, 0),
      topic('Error culture', 0, 0, 0),
    ];
    expect(topTopics(topics).map((t) => t.name)).toEqual(['Agile', 'AI', 'Networking', 'Big data']);
  });

  test('at most as many as asked, ties in alphabetical order', () => {
    const topics = ['D', 'B', 'C', 'A'].map((name) => topic(name, 1, 1, 1));
    expect(topTopics(topics, 3).map((t) => t.name)).toEqual(['A', 'B', 'C']);
  });
});
